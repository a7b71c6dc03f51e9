-- Matters handed over by other systems (信访、信箱、热线数据共享, ADR 0039): the 12345 hotline's work
-- orders and the leaders' mailboxes. One row per order the source sent, by the source's own reference:
-- the same order sent again finds its matter; an order about a matter already open is attached to it.
CREATE TABLE xf_intake_reference (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(32)  NOT NULL,
    reference   VARCHAR(64)  NOT NULL,
    case_id     BIGINT       NOT NULL,
    channel     VARCHAR(16)  NOT NULL,
    attached    BOOLEAN      NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    received_by VARCHAR(100) NOT NULL,
    CONSTRAINT uq_xf_intake_reference UNIQUE (source, reference),
    CONSTRAINT fk_xf_intake_reference_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_xf_intake_reference_case ON xf_intake_reference (case_id);
