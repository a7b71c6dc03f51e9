-- Discipline plugin: the 信访举报 registration form, one row per core case, sharing the case's id.
-- No reporter data here: the reporter is a sealed core party. Only what every handler may see.
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- The persistence unit validates DisciplineCaseForm against this table: keep names and types in step.
CREATE TABLE discipline_case_form (
    case_id         BIGINT       NOT NULL PRIMARY KEY,
    report_category VARCHAR(32)  NOT NULL,
    signed_report   BOOLEAN      NOT NULL,
    subject_name    VARCHAR(50)  NOT NULL,
    subject_unit    VARCHAR(100) NOT NULL,
    subject_post    VARCHAR(100),
    subject_rank    VARCHAR(32)  NOT NULL,
    CONSTRAINT fk_discipline_case_form_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- Repeated reports about the same person (重复件) are found by name and unit.
CREATE INDEX ix_discipline_case_form_subject ON discipline_case_form (subject_name, subject_unit);
