-- Court plugin: the court's own work on a matter beyond its registration (issue 11): the markers that
-- put a matter on the president's reception day (院长接待日), the vice-president in charge of each
-- division, the receptions held, the post-judgment Q&A (判后答疑) and the review hearings (复查听证).
-- Portable SQL for H2 2.2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11 (ADR 0008).

-- 越级访, 重复访, 上访老户: existing matters carry none.
ALTER TABLE court_case_form ADD COLUMN leapfrog_visit BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE court_case_form ADD COLUMN repeat_visit BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE court_case_form ADD COLUMN long_standing_petitioner BOOLEAN NOT NULL DEFAULT FALSE;

-- Which vice-president (分管副院长) is in charge of which division (审判庭) of a court, kept by the
-- court's leaders; the division is named as the registration form names it.
CREATE TABLE court_division_leader (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    court_unit_id       BIGINT       NOT NULL,
    tribunal            VARCHAR(100) NOT NULL,
    vice_president      VARCHAR(64)  NOT NULL,
    vice_president_name VARCHAR(100) NOT NULL,
    changed_by          VARCHAR(64)  NOT NULL,
    changed_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uq_court_division_leader UNIQUE (court_unit_id, tribunal)
);

-- A reception held on a 院长接待日: who received, who attended, what was said and decided.
CREATE TABLE court_president_reception (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    held_on         DATE          NOT NULL,
    vice_president  VARCHAR(50)   NOT NULL,
    presiding_judge VARCHAR(50)   NOT NULL,
    division_head   VARCHAR(50)   NOT NULL,
    statement       VARCHAR(2000) NOT NULL,
    decision        VARCHAR(2000) NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_court_president_reception_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_court_president_reception_case ON court_president_reception (case_id);

-- 判后答疑: one row per question put to the court after judgment and the judge's answer.
CREATE TABLE court_judgment_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    answered_on DATE          NOT NULL,
    judge       VARCHAR(50)   NOT NULL,
    question    VARCHAR(2000) NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_court_judgment_answer_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_court_judgment_answer_case ON court_judgment_answer (case_id);

-- 复查听证: scheduled (when, where, who presides, who takes part), then held and recorded (what each
-- side said, the conclusion). The record's columns stay NULL until it is held.
CREATE TABLE court_review_hearing (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id              BIGINT        NOT NULL,
    starts_at            DATETIME(6)   NOT NULL,
    place                VARCHAR(200)  NOT NULL,
    presiding            VARCHAR(50)   NOT NULL,
    participants         VARCHAR(1000) NOT NULL,
    scheduled_by         VARCHAR(64)   NOT NULL,
    petitioner_statement VARCHAR(2000),
    court_statement      VARCHAR(2000),
    conclusion           VARCHAR(2000),
    recorded_by          VARCHAR(64),
    recorded_at          DATETIME(6),
    CONSTRAINT fk_court_review_hearing_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_court_review_hearing_case ON court_review_hearing (case_id);
