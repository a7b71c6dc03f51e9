-- Tokens for API clients: a client trades its password for one once (a bcrypt check) and then sends
-- the token, which the server checks by its SHA-256 (microseconds) instead of a bcrypt check per call.
-- Only the hash is kept: a copy of the database gives no usable token. Portable between H2
-- (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    label        VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6),
    revoked_at   DATETIME(6),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id, id);
