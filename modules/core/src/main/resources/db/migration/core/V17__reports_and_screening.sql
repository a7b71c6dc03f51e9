-- Zero reports (零报告) and periodic reports, and the screening ledger of disputes (矛盾纠纷排查台账).

-- When units report: one row per unit level, or per unit overriding its level. Only changed rules are
-- stored; without a row the code's default holds (daily, by 15:30). Exactly one of level and unit is set
-- (a UNIQUE column allows many NULLs in both H2 and MariaDB, so each key has its own column).
CREATE TABLE report_schedule (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_level       VARCHAR(16),
    unit_id          BIGINT,
    cadence          VARCHAR(8)  NOT NULL,
    cut_off          TIME        NOT NULL,
    due_weekday      VARCHAR(9),
    due_day          INT,
    due_next_month   BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_by       VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_report_schedule_level UNIQUE (unit_level),
    CONSTRAINT uk_report_schedule_unit UNIQUE (unit_id),
    CONSTRAINT ck_report_schedule_scope CHECK ((unit_level IS NULL AND unit_id IS NOT NULL) OR (unit_level IS NOT NULL AND unit_id IS NULL)),
    CONSTRAINT fk_report_schedule_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- A unit's report for one period; one per unit, cadence and period (the use case locks the unit's row
-- and reads first; this key is the last guard).
CREATE TABLE zero_report (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id           BIGINT        NOT NULL,
    cadence           VARCHAR(8)    NOT NULL,
    period_start      DATE          NOT NULL,
    period_end        DATE          NOT NULL,
    nothing_to_report BOOLEAN       NOT NULL,
    visit_batches     INT           NOT NULL DEFAULT 0,
    visit_persons     INT           NOT NULL DEFAULT 0,
    incidents         INT           NOT NULL DEFAULT 0,
    cases_registered  INT           NOT NULL DEFAULT 0,
    notes             VARCHAR(2000),
    due_at            DATETIME(6)   NOT NULL,
    late              BOOLEAN       NOT NULL,
    reported_by       VARCHAR(64)   NOT NULL,
    reported_at       DATETIME(6)   NOT NULL,
    CONSTRAINT uk_zero_report_period UNIQUE (unit_id, cadence, period_start),
    CONSTRAINT fk_zero_report_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_zero_report_period ON zero_report (period_start, period_end);

-- A screening round a unit recorded as done (村 twice a month, 乡镇/区/市 monthly: settings per level).
CREATE TABLE screening_round (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    disputes_found   INT           NOT NULL,
    note             VARCHAR(1000),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_screening_round UNIQUE (unit_id, starts_on),
    CONSTRAINT fk_screening_round_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- One dispute found in screening, followed until resolved or turned into a case.
CREATE TABLE screening_dispute (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id             BIGINT        NOT NULL,
    found_on            DATE          NOT NULL,
    round_starts_on     DATE          NOT NULL,
    parties             VARCHAR(500)  NOT NULL,
    matter              VARCHAR(2000) NOT NULL,
    risk                VARCHAR(8)    NOT NULL,
    responsible_person  VARCHAR(100)  NOT NULL,
    plan                VARCHAR(2000) NOT NULL,
    due_on              DATE          NOT NULL,
    dispute_status      VARCHAR(16)   NOT NULL,
    resolution          VARCHAR(2000),
    case_id             BIGINT,
    settled_by          VARCHAR(64),
    settled_at          DATETIME(6),
    registered_by       VARCHAR(64)   NOT NULL,
    registered_at       DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_screening_dispute_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_screening_dispute_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_screening_dispute_unit ON screening_dispute (unit_id, found_on);
