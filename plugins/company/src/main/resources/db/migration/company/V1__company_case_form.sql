-- Company plugin: the employee complaint form, one row per core case, sharing the case's id.
-- employee_number stays NULL for anonymous complaints (protection against retaliation).
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- The persistence unit validates CompanyCaseForm against this table: keep names and types in step.
CREATE TABLE company_case_form (
    case_id          BIGINT       NOT NULL PRIMARY KEY,
    workshop         VARCHAR(100) NOT NULL,
    employee_number  VARCHAR(20),
    complaint_type   VARCHAR(32)  NOT NULL,
    anonymous_report BOOLEAN      NOT NULL,
    CONSTRAINT fk_company_case_form_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- The monthly two-level meeting reviews complaints workshop by workshop.
CREATE INDEX ix_company_case_form_workshop ON company_case_form (workshop);
