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

-- A case keeps the number its registering unit gave it when it is forwarded or assigned elsewhere:
-- numbers are unique in the series of the unit that issued them, not of the unit holding the case.
ALTER TABLE xf_case ADD COLUMN number_unit_id BIGINT;
UPDATE xf_case SET number_unit_id = unit_id;
ALTER TABLE xf_case MODIFY COLUMN number_unit_id BIGINT NOT NULL;
ALTER TABLE xf_case ADD CONSTRAINT fk_case_number_unit FOREIGN KEY (number_unit_id) REFERENCES org_unit (id);
ALTER TABLE xf_case DROP INDEX uk_case_unit_year_seq;
ALTER TABLE xf_case DROP INDEX uk_case_unit_number;
ALTER TABLE xf_case ADD CONSTRAINT uk_case_number_unit_year_seq UNIQUE (number_unit_id, case_year, case_seq);
ALTER TABLE xf_case ADD CONSTRAINT uk_case_number_unit_number UNIQUE (number_unit_id, case_number);
