-- Leaders' reception (接访): a unit's rota rules, the concrete slots a rule expands into (working
-- days only), and the petitioners' appointments on those slots with their reminders. Portable
-- between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

CREATE TABLE reception_rule (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    leader_name      VARCHAR(64)   NOT NULL,
    leader_title     VARCHAR(64)   NOT NULL,
    responsibilities VARCHAR(500),
    leader_email     VARCHAR(128),
    place            VARCHAR(200)  NOT NULL,
    topics           VARCHAR(500),
    capacity         INT           NOT NULL,
    starts_at        TIME          NOT NULL,
    ends_at          TIME          NOT NULL,
    recurrence       VARCHAR(16)   NOT NULL,
    rule_weekday     VARCHAR(16),
    starts_on        DATE          NOT NULL,
    ends_on          DATE          NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_reception_rule_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_reception_rule_unit ON reception_rule (unit_id);

-- One row per date a rule receives on; the row is the lock that keeps bookings within capacity.
CREATE TABLE reception_slot (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_id     BIGINT  NOT NULL,
    unit_id     BIGINT  NOT NULL,
    slot_date   DATE    NOT NULL,
    starts_at   TIME    NOT NULL,
    ends_at     TIME    NOT NULL,
    capacity    INT     NOT NULL,
    CONSTRAINT fk_reception_slot_rule FOREIGN KEY (rule_id) REFERENCES reception_rule (id),
    CONSTRAINT fk_reception_slot_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT uq_reception_slot_rule_date UNIQUE (rule_id, slot_date)
);
CREATE INDEX ix_reception_slot_date ON reception_slot (slot_date, unit_id);

CREATE TABLE reception_appointment (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    slot_id                BIGINT        NOT NULL,
    unit_id                BIGINT        NOT NULL,
    petitioner_name        VARCHAR(64)   NOT NULL,
    phone                  VARCHAR(20)   NOT NULL,
    email                  VARCHAR(128),
    matter                 VARCHAR(1000) NOT NULL,
    head_count             INT           NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    booked_by              VARCHAR(64)   NOT NULL,
    booked_at              DATETIME(6)   NOT NULL,
    cancelled_at           DATETIME(6),
    leader_reminded_at     DATETIME(6),
    petitioner_reminded_at DATETIME(6),
    CONSTRAINT fk_reception_appointment_slot FOREIGN KEY (slot_id) REFERENCES reception_slot (id),
    CONSTRAINT fk_reception_appointment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_reception_appointment_slot ON reception_appointment (slot_id, status);
