-- Supervision (督办): the deadline watch's reminders, the in-app inbox, the orders of the escalation
-- ladder (催办, 督办, 挂牌督办) and the referrals a unit keeps following (转送/交办 with 审结备案).

-- One scanner per installation: whoever holds the lease runs the watch until it expires.
CREATE TABLE scheduler_lease (
    lease_name  VARCHAR(64)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NOT NULL,
    expires_at  DATETIME(6)  NOT NULL
);
INSERT INTO scheduler_lease (lease_name, holder, expires_at) VALUES ('deadline-watch', '-', '2000-01-01 00:00:00');

-- Each reminder once: a second scanner's insert of the same key fails and it sends nothing.
CREATE TABLE sent_reminder (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type  VARCHAR(16) NOT NULL,
    subject_id    BIGINT      NOT NULL,
    reminder_kind VARCHAR(24) NOT NULL,
    due_on        DATE        NOT NULL,
    case_id       BIGINT      NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    CONSTRAINT uk_sent_reminder UNIQUE (subject_type, subject_id, reminder_kind, due_on),
    CONSTRAINT fk_sent_reminder_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE TABLE inbox_message (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(64)   NOT NULL,
    case_id     BIGINT,
    message_kind VARCHAR(24)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    CONSTRAINT fk_inbox_message_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_inbox_message_user ON inbox_message (username, read_at, id);

CREATE TABLE supervision_order (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    order_kind       VARCHAR(16)   NOT NULL,
    clock_name       VARCHAR(48),
    issuing_unit_id  BIGINT        NOT NULL,
    target_unit_id   BIGINT        NOT NULL,
    order_number     VARCHAR(64),
    reason           VARCHAR(2000) NOT NULL,
    due_on           DATE          NOT NULL,
    order_status     VARCHAR(16)   NOT NULL,
    issued_by        VARCHAR(64)   NOT NULL,
    issued_at        DATETIME(6)   NOT NULL,
    answer           VARCHAR(4000),
    answered_by      VARCHAR(64),
    answered_at      DATETIME(6),
    closing_note     VARCHAR(1000),
    closed_by        VARCHAR(64),
    closed_at        DATETIME(6),
    document_id      BIGINT,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_supervision_order_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_supervision_order_issuer FOREIGN KEY (issuing_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_supervision_order_target FOREIGN KEY (target_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_supervision_order_document FOREIGN KEY (document_id) REFERENCES case_document (id)
);
CREATE INDEX ix_supervision_order_case ON supervision_order (case_id, id);
CREATE INDEX ix_supervision_order_status ON supervision_order (order_status, due_on);

CREATE TABLE case_referral (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    transition       VARCHAR(64)   NOT NULL,
    from_unit_id     BIGINT        NOT NULL,
    to_unit_id       BIGINT        NOT NULL,
    referred_by      VARCHAR(64)   NOT NULL,
    referred_at      DATETIME(6)   NOT NULL,
    report_due_on    DATE,
    referral_status  VARCHAR(16)   NOT NULL,
    report           VARCHAR(4000),
    reported_by      VARCHAR(64),
    reported_at      DATETIME(6),
    return_reason    VARCHAR(1000),
    returns          INT           NOT NULL DEFAULT 0,
    filing_note      VARCHAR(1000),
    filed_by         VARCHAR(64),
    filed_at         DATETIME(6),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_referral_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_case_referral_from FOREIGN KEY (from_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_case_referral_to FOREIGN KEY (to_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_referral_case ON case_referral (case_id, id);
CREATE INDEX ix_case_referral_from ON case_referral (from_unit_id, case_id);
