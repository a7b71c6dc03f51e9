-- Court plugin: the 涉诉信访 registration form, one row per core case, sharing the case's id.
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- The persistence unit validates CourtCaseForm against this table: keep names and types in step.
CREATE TABLE court_case_form (
    case_id              BIGINT       NOT NULL PRIMARY KEY,
    original_case_number VARCHAR(64)  NOT NULL,
    tribunal             VARCHAR(100) NOT NULL,
    presiding_judge      VARCHAR(50),
    trial_stage          VARCHAR(32)  NOT NULL,
    litigation_related   BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_court_case_form_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- Repeat visits about the same judgment are found by its case number.
CREATE INDEX ix_court_case_form_case_number ON court_case_form (original_case_number);
