-- Company plugin: protection of a complainant from retaliation (打击报复). A flag on a matter, set by the
-- company's desk or leaders with a reason and cleared only by a leader with a reason; a matter flagged
-- again after a clearing gets a new row, so each flag keeps its own follow-up checks. At most one
-- uncleared flag per matter: the use case holds the matter's form row locked while it looks.
CREATE TABLE company_protection (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    since        DATE         NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    flagged_by   VARCHAR(100) NOT NULL,
    flagged_at   DATETIME(6)  NOT NULL,
    clear_reason VARCHAR(500),
    cleared_by   VARCHAR(100),
    cleared_at   DATETIME(6),
    CONSTRAINT fk_company_protection_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_company_protection_case ON company_protection (case_id);
-- The desk's list of due checks reads the flags not yet cleared.
CREATE INDEX ix_company_protection_cleared ON company_protection (cleared_at);

-- The company's own checks on how the complainant is treated since (pay, post, assessment, treatment).
-- scheduled_no is the scheduled check (1: after 3 months, 2: after 6, by the settings) the check
-- fulfilled, or NULL for a check made before the next one was due.
CREATE TABLE company_protection_check (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    protection_id  BIGINT       NOT NULL,
    scheduled_no   INT,
    checked_on     DATE         NOT NULL,
    checked_by     VARCHAR(50)  NOT NULL,
    finding        VARCHAR(20)  NOT NULL,
    aspects        VARCHAR(100),
    action_taken   VARCHAR(500),
    note           VARCHAR(500),
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_company_protection_check FOREIGN KEY (protection_id) REFERENCES company_protection (id)
);

CREATE INDEX ix_company_protection_check ON company_protection_check (protection_id);
