-- A person's saved filters of the case list (我的筛选): a name and the filter bar as it was, so a clerk
-- who looks at "my overdue letters" every morning picks it instead of setting four fields. Kept per
-- user name; a person's filters are theirs only. Portable between H2 (MODE=MySQL) and MySQL 8 /
-- MariaDB 10.11.
CREATE TABLE saved_case_filter (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    name          VARCHAR(40)  NOT NULL,
    status        VARCHAR(48),
    channel       VARCHAR(16),
    received_from DATE,
    received_to   DATE,
    search_text   VARCHAR(100),
    due           VARCHAR(16),
    sort_field    VARCHAR(16)  NOT NULL,
    ascending     BOOLEAN      NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_saved_case_filter_name UNIQUE (username, name)
);
