-- A new filing that matches an open or recent case of the same petitioner is linked to it, not
-- merged; a filing above the competent level is flagged 越级.
ALTER TABLE xf_case ADD COLUMN repeat_of_id BIGINT;
ALTER TABLE xf_case ADD COLUMN above_competent_level BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE xf_case ADD CONSTRAINT fk_case_repeat_of FOREIGN KEY (repeat_of_id) REFERENCES xf_case (id);
