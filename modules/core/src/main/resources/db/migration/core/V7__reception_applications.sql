-- Appointments as applications (预约申请 → 分类 → 排期): an appointment is registered before it has
-- a slot, so slot_id and the booking columns become optional; the application carries its number,
-- channel, classification and a version for optimistic locking. The written notice of a booking
-- (接访通知书) is kept as issued. Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11
-- (MODIFY COLUMN as V2 and V5 use it).

ALTER TABLE reception_appointment MODIFY COLUMN slot_id BIGINT NULL;
ALTER TABLE reception_appointment MODIFY COLUMN booked_by VARCHAR(64) NULL;
ALTER TABLE reception_appointment MODIFY COLUMN booked_at DATETIME(6) NULL;
ALTER TABLE reception_appointment ADD COLUMN application_number VARCHAR(40);
ALTER TABLE reception_appointment ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'DESK';
ALTER TABLE reception_appointment ADD COLUMN phone_key VARCHAR(20) NOT NULL DEFAULT '';
ALTER TABLE reception_appointment ADD COLUMN applied_by VARCHAR(64);
ALTER TABLE reception_appointment ADD COLUMN applied_at DATETIME(6);
ALTER TABLE reception_appointment ADD COLUMN preferred_slot_id BIGINT;
ALTER TABLE reception_appointment ADD COLUMN classification VARCHAR(16);
ALTER TABLE reception_appointment ADD COLUMN department VARCHAR(200);
ALTER TABLE reception_appointment ADD COLUMN guidance VARCHAR(1000);
ALTER TABLE reception_appointment ADD COLUMN legal_route VARCHAR(40);
ALTER TABLE reception_appointment ADD COLUMN classified_by VARCHAR(64);
ALTER TABLE reception_appointment ADD COLUMN classified_at DATETIME(6);
ALTER TABLE reception_appointment ADD COLUMN petitioner_reminded_via VARCHAR(32);
ALTER TABLE reception_appointment ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE reception_appointment ADD CONSTRAINT fk_reception_appointment_preferred FOREIGN KEY (preferred_slot_id) REFERENCES reception_slot (id);
-- Bookings made before applications existed were made at the desk: they keep that as their registration.
UPDATE reception_appointment SET applied_by = booked_by, applied_at = booked_at, classification = 'LEADER_PLAN',
    phone_key = REGEXP_REPLACE(phone, '[^0-9]', '');
-- Not unique: the number is unique within its unit's series, and two units may share a short name
-- (as notice numbers may); the public lookup asks for the number and the phone together.
CREATE INDEX ix_reception_appointment_number ON reception_appointment (application_number);
-- The abuse limit counts a phone's open applications in a unit.
CREATE INDEX ix_reception_appointment_phone ON reception_appointment (unit_id, phone_key, status);
CREATE INDEX ix_reception_appointment_unit_status ON reception_appointment (unit_id, status);

-- The written notice of a booking, as it was issued: the desk prints what the petitioner was told,
-- even if the rota rule's place or leader is edited later (re-rendering would silently change it).
-- Not a case document: an appointment has no case yet.
CREATE TABLE reception_notice (
    appointment_id BIGINT       NOT NULL PRIMARY KEY,
    notice_number  VARCHAR(40)  NOT NULL,
    content        LONGBLOB     NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_reception_notice_appointment FOREIGN KEY (appointment_id) REFERENCES reception_appointment (id)
);
