-- Identity and phone numbers of parties are stored encrypted (AES-GCM, docs/adr/0017): room for the
-- ciphertext, and a match key (HMAC-SHA256, hex) beside each, which repeat detection compares. The
-- rows written before are encrypted by the next migration (EncryptIdentityColumns, in Java: the key
-- is the server's, not the database's). Indexes on the clear columns go: they would index ciphertext.
ALTER TABLE party MODIFY COLUMN id_number VARCHAR(100);
ALTER TABLE party MODIFY COLUMN phone VARCHAR(100);
ALTER TABLE party ADD COLUMN id_number_key VARCHAR(64);
ALTER TABLE party ADD COLUMN phone_key VARCHAR(64);
ALTER TABLE party DROP INDEX ix_party_id_number;
ALTER TABLE party DROP INDEX ix_party_phone;
CREATE INDEX ix_party_id_number_key ON party (id_number_key);
CREATE INDEX ix_party_phone_key ON party (phone_key);
