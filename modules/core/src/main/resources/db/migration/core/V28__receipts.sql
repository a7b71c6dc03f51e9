-- Receipt codes (回执码) of anonymous complaints and reports, for every agency whose plugin switches
-- them on (ADR 0019; until V28 the discipline plugin's own discipline_receipt tables, whose rows its
-- migration V6 moves here). A receipt keeps only the keyed hash (HMAC-SHA256, hex) of its code; one per case.
CREATE TABLE xf_receipt (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    code_hash  VARCHAR(64)  NOT NULL,
    unit_id    BIGINT       NOT NULL,
    issued_at  DATETIME(6)  NOT NULL,
    issued_by  VARCHAR(100) NOT NULL,
    closed_on  DATE,
    CONSTRAINT uq_xf_receipt_case UNIQUE (case_id),
    CONSTRAINT uq_xf_receipt_hash UNIQUE (code_hash),
    CONSTRAINT fk_xf_receipt_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

-- Written answers to the reporter (each also a numbered document of the case) and the reporter's evidence.
CREATE TABLE xf_receipt_message (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    body           VARCHAR(4000),
    document_id    BIGINT,
    document_label VARCHAR(255),
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100),
    CONSTRAINT fk_xf_receipt_message_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_xf_receipt_message_case ON xf_receipt_message (case_id);
