-- 包案 as 四定四包 (seed 001): besides the four fixes already kept (task, leader, handler, time limit),
-- the four duties — investigate, handle, counsel, see it settled — each ticked with a note, and the
-- working group (工作专班) and resolution plan (化解方案) of seed 004's 五个一.
ALTER TABLE case_ownership ADD COLUMN working_group VARCHAR(1000);
ALTER TABLE case_ownership ADD COLUMN resolution_plan VARCHAR(4000);

CREATE TABLE ownership_duty (
    ownership_id BIGINT        NOT NULL,
    duty         VARCHAR(16)   NOT NULL,
    note         VARCHAR(1000) NOT NULL,
    done_by      VARCHAR(64)   NOT NULL,
    done_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_ownership_duty PRIMARY KEY (ownership_id, duty),
    CONSTRAINT fk_ownership_duty_ownership FOREIGN KEY (ownership_id) REFERENCES case_ownership (id)
);
