-- Personnel plugin: the bureau's registration form, one row per core case, sharing the case's id.
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- The persistence unit validates PersonnelCaseForm against this table: keep names and types in step.
CREATE TABLE personnel_case_form (
    case_id           BIGINT      NOT NULL PRIMARY KEY,
    business_category VARCHAR(32) NOT NULL,
    addressed_to_head BOOLEAN     NOT NULL,
    CONSTRAINT fk_personnel_case_form_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- The quarterly analysis counts matters by business category.
CREATE INDEX ix_personnel_case_form_category ON personnel_case_form (business_category);
