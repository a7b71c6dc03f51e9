-- The core schema. Portable between H2 2.2 (MODE=MySQL, lower-case identifiers) and MySQL 8 / MariaDB 10.11:
-- VARCHAR, INT, BIGINT, BOOLEAN, DATE and DATETIME(6) only; no reserved words as names.

CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(20)  NOT NULL,
    unit_level  VARCHAR(16)  NOT NULL,
    agency_type VARCHAR(32)  NOT NULL,
    parent_id   BIGINT,
    path        VARCHAR(500) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_path ON org_unit (path);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    email         VARCHAR(200),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE user_unit_role (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    unit_id   BIGINT      NOT NULL,
    role_name VARCHAR(64) NOT NULL,
    CONSTRAINT uk_user_unit_role UNIQUE (user_id, unit_id, role_name),
    CONSTRAINT fk_user_unit_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_unit_role_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE xf_case (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number VARCHAR(64)   NOT NULL,
    unit_id     BIGINT        NOT NULL,
    case_year   INT           NOT NULL,
    case_seq    INT           NOT NULL,
    agency_type VARCHAR(32)   NOT NULL,
    channel     VARCHAR(16)   NOT NULL,
    subject     VARCHAR(200)  NOT NULL,
    content     VARCHAR(4000) NOT NULL,
    category    VARCHAR(64)   NOT NULL,
    status      VARCHAR(32)   NOT NULL,
    received_on DATE          NOT NULL,
    head_count  INT           NOT NULL DEFAULT 1,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    updated_by  VARCHAR(64)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_unit_year_seq UNIQUE (unit_id, case_year, case_seq),
    CONSTRAINT uk_case_unit_number UNIQUE (unit_id, case_number),
    CONSTRAINT fk_case_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_unit_status ON xf_case (unit_id, status);
CREATE INDEX ix_case_received_on ON xf_case (received_on);

CREATE TABLE party (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    party_role VARCHAR(16)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    id_number  VARCHAR(18),
    phone      VARCHAR(20),
    address    VARCHAR(200),
    ordinal    INT          NOT NULL,
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_party_id_number ON party (id_number);
CREATE INDEX ix_party_phone ON party (phone);

-- One row per unit and year; the next sequence number is taken under a row lock.
CREATE TABLE case_number_counter (
    unit_id   BIGINT NOT NULL,
    case_year INT    NOT NULL,
    next_seq  INT    NOT NULL,
    PRIMARY KEY (unit_id, case_year),
    CONSTRAINT fk_case_number_counter_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE audit_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    entity_type VARCHAR(64)   NOT NULL,
    entity_id   VARCHAR(64)   NOT NULL,
    unit_id     BIGINT,
    detail      VARCHAR(4000),
    prev_hash   VARCHAR(64)   NOT NULL,
    hash        VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id);

-- The head of the audit hash chain: one row, locked while an event is appended.
CREATE TABLE audit_chain_head (
    id        INT         NOT NULL PRIMARY KEY,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
