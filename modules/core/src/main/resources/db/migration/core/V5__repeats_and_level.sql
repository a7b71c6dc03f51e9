-- A new filing that matches an open or recent case of the same petitioner is linked to it, not
-- merged; a filing above the competent level is flagged 越级.
ALTER TABLE xf_case ADD COLUMN repeat_of_id BIGINT;
ALTER TABLE xf_case ADD COLUMN above_competent_level BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE xf_case ADD CONSTRAINT fk_case_repeat_of FOREIGN KEY (repeat_of_id) REFERENCES xf_case (id);
-- The body whose act or omission the matter concerns (被反映单位/属地): filing two or more levels
-- above it is 越级.
ALTER TABLE xf_case ADD COLUMN concerned_unit_id BIGINT;
ALTER TABLE xf_case ADD CONSTRAINT fk_case_concerned_unit FOREIGN KEY (concerned_unit_id) REFERENCES org_unit (id);
CREATE INDEX ix_case_repeat_of ON xf_case (repeat_of_id);
