-- The audit log in several chains instead of one: a transaction appends to one chain (picked by its
-- first event's record) and locks only that chain's head, so writers about different matters no
-- longer queue behind one row. The events written so far stay what they are: chain 1, the old single
-- chain, which goes on. Checkpoints seal every chain's head at a time, themselves hash-chained; the
-- results of verification are kept for the administrator. Portable between H2 (MODE=MySQL) and
-- MySQL 8 / MariaDB 10.11.
ALTER TABLE audit_event ADD COLUMN chain_no INT NOT NULL DEFAULT 1;
CREATE INDEX ix_audit_event_chain ON audit_event (chain_no, id);

ALTER TABLE audit_chain_head ADD COLUMN last_event_id BIGINT;
UPDATE audit_chain_head SET last_event_id = (SELECT MAX(id) FROM audit_event) WHERE id = 1;
INSERT INTO audit_chain_head (id, last_hash) VALUES
    (0, '0000000000000000000000000000000000000000000000000000000000000000'),
    (2, '0000000000000000000000000000000000000000000000000000000000000000'),
    (3, '0000000000000000000000000000000000000000000000000000000000000000'),
    (4, '0000000000000000000000000000000000000000000000000000000000000000'),
    (5, '0000000000000000000000000000000000000000000000000000000000000000'),
    (6, '0000000000000000000000000000000000000000000000000000000000000000'),
    (7, '0000000000000000000000000000000000000000000000000000000000000000'),
    (8, '0000000000000000000000000000000000000000000000000000000000000000'),
    (9, '0000000000000000000000000000000000000000000000000000000000000000'),
    (10, '0000000000000000000000000000000000000000000000000000000000000000'),
    (11, '0000000000000000000000000000000000000000000000000000000000000000'),
    (12, '0000000000000000000000000000000000000000000000000000000000000000'),
    (13, '0000000000000000000000000000000000000000000000000000000000000000'),
    (14, '0000000000000000000000000000000000000000000000000000000000000000'),
    (15, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE audit_checkpoint (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    sealed_at DATETIME(6)   NOT NULL,
    heads     VARCHAR(4000) NOT NULL,
    prev_hash VARCHAR(64)   NOT NULL,
    hash      VARCHAR(64)   NOT NULL
);
-- The first checkpoint seals nothing; every later one links to the one before, which its sealer
-- locks, so two sealers at once queue instead of forking the checkpoints. Its hash is
-- SHA-256("2026-01-01T00:00" US "" US 64 zeros), as AuditCheckpoint computes it.
INSERT INTO audit_checkpoint (sealed_at, heads, prev_hash, hash) VALUES ('2026-01-01 00:00:00', '',
    '0000000000000000000000000000000000000000000000000000000000000000',
    'ad16485744f9efe60e9b26229b750edfa6c909ae987a79a717d848bf8f27b239');

-- Checkpoints and scheduled verification run on one node at a time.
INSERT INTO scheduler_lease (lease_name, holder, expires_at) VALUES ('audit-seal', '-', '2000-01-01 00:00:00');

CREATE TABLE audit_verification (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    events_checked BIGINT       NOT NULL,
    intact         BOOLEAN      NOT NULL,
    first_bad_id   BIGINT,
    problem        VARCHAR(32),
    detail         VARCHAR(1000)
);
