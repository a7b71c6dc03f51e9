-- Court plugin: judicial aid (司法救助) granted on a petition — the application, the leader's decision,
-- the payment and the petitioner's receipt — one row per application, moving APPLIED → APPROVED or
-- REFUSED → PAID → RECEIVED. The unit is the court that granted it, kept as id and path (no foreign key:
-- a plugin's tables reference only xf_case) so that figures are scoped by subtree; the path follows the
-- tree when an administrator moves the court (UnitMoved).
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- (V3: V2 is the reception-day and hearing work of the same plugin.)
CREATE TABLE court_judicial_aid (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    unit_id             BIGINT        NOT NULL,
    unit_path           VARCHAR(255)  NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    applicant           VARCHAR(50)   NOT NULL,
    reason              VARCHAR(1000) NOT NULL,
    amount_asked        DECIMAL(12,2) NOT NULL,
    applied_on          DATE          NOT NULL,
    recorded_by         VARCHAR(100)  NOT NULL,
    source              VARCHAR(16),
    amount_granted      DECIMAL(12,2),
    decided_on          DATE,
    decided_by          VARCHAR(100),
    decision_note       VARCHAR(1000),
    paid_on             DATE,
    amount_paid         DECIMAL(12,2),
    paid_by             VARCHAR(50),
    payment_note        VARCHAR(500),
    received_on         DATE,
    receipt_note        VARCHAR(500),
    receipt_document_id BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_court_judicial_aid_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_court_judicial_aid_case ON court_judicial_aid (case_id);
-- Figures select a period of applications under a subtree.
CREATE INDEX ix_court_judicial_aid_applied ON court_judicial_aid (applied_on, unit_path);
