-- A leader's contacts with petitioners (接访/约访/下访/回访), who came, and leaders' ownership of
-- cases (包案). Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

CREATE TABLE reception_visit (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    leader_username  VARCHAR(64)   NOT NULL,
    held_on          DATE          NOT NULL,
    place            VARCHAR(200)  NOT NULL,
    appointment_id   BIGINT,
    case_id          BIGINT,
    head_count       INT           NOT NULL,
    request          VARCHAR(2000) NOT NULL,
    instruction      VARCHAR(2000),
    outcome          VARCHAR(16),
    handler_username VARCHAR(64),
    due_on           DATE,
    satisfaction     VARCHAR(24),
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_reception_visit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_reception_visit_appointment FOREIGN KEY (appointment_id) REFERENCES reception_appointment (id),
    CONSTRAINT fk_reception_visit_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    -- A booked appointment is held once.
    CONSTRAINT uq_reception_visit_appointment UNIQUE (appointment_id)
);
-- The leader's page counts one leader's visits of one kind per month.
CREATE INDEX ix_reception_visit_leader ON reception_visit (leader_username, held_on, kind);
CREATE INDEX ix_reception_visit_unit ON reception_visit (unit_id, held_on);

-- The people who came, in the order given; a collective visit names at most five representatives.
CREATE TABLE reception_visit_person (
    visit_id   BIGINT        NOT NULL,
    ordinal    INT           NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    phone      VARCHAR(20),
    id_number  VARCHAR(18),
    PRIMARY KEY (visit_id, ordinal),
    CONSTRAINT fk_reception_visit_person_visit FOREIGN KEY (visit_id) REFERENCES reception_visit (id)
);

-- 包案: a leader owns a case with a handler, a task and a due date; at most one OPEN per case, kept
-- by locking the case row before the check (a unique index cannot say "one OPEN among many DONE").
CREATE TABLE case_ownership (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    unit_id          BIGINT        NOT NULL,
    leader_username  VARCHAR(64)   NOT NULL,
    handler_username VARCHAR(64)   NOT NULL,
    task             VARCHAR(1000) NOT NULL,
    due_on           DATE          NOT NULL,
    status           VARCHAR(8)    NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    closed_by        VARCHAR(64),
    closed_at        DATETIME(6),
    CONSTRAINT fk_case_ownership_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_case_ownership_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_ownership_case ON case_ownership (case_id, status);
CREATE INDEX ix_case_ownership_leader ON case_ownership (leader_username, status);
