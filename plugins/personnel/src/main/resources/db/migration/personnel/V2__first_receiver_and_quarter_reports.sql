-- Personnel plugin: who first received each matter (首问负责), and the bureau's quarterly analyses
-- (每季度分析): the notes the bureau writes for a quarter and, once issued, the number and text issued.
-- Portable subset for H2 2.2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11 (ADR 0008).

CREATE TABLE personnel_first_receiver (
    case_id      BIGINT       NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_personnel_first_receiver_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- "My first-received matters" and the deadline reminders look matters up by their first receiver.
CREATE INDEX ix_personnel_first_receiver_user ON personnel_first_receiver (username);

-- unit_id is the bureau's org unit; like the other plugins' tables, only xf_case is referenced by key.
CREATE TABLE personnel_quarter_report (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id       BIGINT        NOT NULL,
    report_year   INT           NOT NULL,
    quarter_no    INT           NOT NULL,
    notes         VARCHAR(2000),
    updated_by    VARCHAR(64)   NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    issued_number VARCHAR(64),
    issued_on     DATE,
    issued_by     VARCHAR(64),
    issued_body   VARCHAR(4000),
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_personnel_quarter_report UNIQUE (unit_id, report_year, quarter_no)
);
