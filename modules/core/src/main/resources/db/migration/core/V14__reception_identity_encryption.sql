-- The reception's phones and the numbers of the people who came to a visit are stored encrypted too
-- (docs/adr/0017): room for the ciphertext; an appointment's phone_key becomes the phone's match key
-- (HMAC-SHA256, hex) instead of its digits. The rows written before are encrypted, and their keys
-- recomputed, by migration 15 (EncryptReceptionIdentities, in Java).
ALTER TABLE reception_appointment MODIFY COLUMN phone VARCHAR(100) NOT NULL;
ALTER TABLE reception_appointment MODIFY COLUMN phone_key VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE reception_visit_person MODIFY COLUMN phone VARCHAR(100);
ALTER TABLE reception_visit_person MODIFY COLUMN id_number VARCHAR(100);
