-- The procedure engine: a case's state is a procedure state name (plugins add their own), its steps
-- are an append-only history, its statutory clocks are rows, its written notices and attachments are
-- stored documents. Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

UPDATE xf_case SET status = LOWER(status);
ALTER TABLE xf_case MODIFY COLUMN status VARCHAR(48) NOT NULL;

-- The letterhead and seal text printed on the unit's notices (the unit's name when empty).
ALTER TABLE org_unit ADD COLUMN seal_text VARCHAR(100);

CREATE TABLE case_step (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    transition  VARCHAR(64)   NOT NULL,
    from_state  VARCHAR(48)   NOT NULL,
    to_state    VARCHAR(48)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    reason      VARCHAR(4000),
    outcome     VARCHAR(32),
    legal_route VARCHAR(48),
    rating      VARCHAR(32),
    due_on      DATE,
    extension_days INT,
    from_unit_id BIGINT       NOT NULL,
    to_unit_id  BIGINT        NOT NULL,
    CONSTRAINT fk_case_step_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_case_step_from_unit FOREIGN KEY (from_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_case_step_to_unit FOREIGN KEY (to_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_step_case ON case_step (case_id, id);

-- One row per clock a case has started; restarting a clock updates its row.
CREATE TABLE case_clock (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    clock_name      VARCHAR(48)  NOT NULL,
    day_count       VARCHAR(16)  NOT NULL,
    days            INT          NOT NULL,
    started_on      DATE         NOT NULL,
    due_on          DATE         NOT NULL,
    extension_days  INT          NOT NULL DEFAULT 0,
    extended        BOOLEAN      NOT NULL DEFAULT FALSE,
    paused_since    DATE,
    paused_days     INT          NOT NULL DEFAULT 0,
    stopped_on      DATE,
    clock_status    VARCHAR(16)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_clock UNIQUE (case_id, clock_name),
    CONSTRAINT fk_case_clock_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_case_clock_due ON case_clock (clock_status, due_on);

-- Written notices the procedure produced and attachments people uploaded, with their checksum.
CREATE TABLE case_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    doc_kind     VARCHAR(16)   NOT NULL,
    notice_kind  VARCHAR(32),
    doc_number   VARCHAR(64),
    title        VARCHAR(200)  NOT NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    step_id      BIGINT,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_case_document_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_case_document_step FOREIGN KEY (step_id) REFERENCES case_step (id)
);
CREATE INDEX ix_case_document_case ON case_document (case_id);

CREATE TABLE document_content (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    content     LONGBLOB NOT NULL,
    CONSTRAINT fk_document_content_document FOREIGN KEY (document_id) REFERENCES case_document (id)
);

-- Every number series of a unit and year — case numbers ('case') and each kind of notice
-- (受, 不受, 转, 交, …) — in one table, taken under a row lock. Replaces case_number_counter.
CREATE TABLE number_counter (
    unit_id   BIGINT      NOT NULL,
    num_year  INT         NOT NULL,
    series    VARCHAR(32) NOT NULL,
    next_seq  INT         NOT NULL,
    PRIMARY KEY (unit_id, num_year, series),
    CONSTRAINT fk_number_counter_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
INSERT INTO number_counter (unit_id, num_year, series, next_seq)
    SELECT unit_id, case_year, 'case', next_seq FROM case_number_counter;
DROP TABLE case_number_counter;

-- Public holidays and make-up working days (调休), loaded per year by an administrator.
CREATE TABLE calendar_day (
    cal_date  DATE         NOT NULL PRIMARY KEY,
    day_type  VARCHAR(16)  NOT NULL,
    name      VARCHAR(64)  NOT NULL
);

-- Administrator settings with statutory defaults in code: a row only where a default was changed.
CREATE TABLE app_setting (
    name       VARCHAR(128) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(64)  NOT NULL
);
