-- The petition portal (网上信访, ADR 0038). A matter brought online gets a receipt like an anonymous
-- report's (V28): its query code opens it. A signed matter's receipt also keeps the phone's match key,
-- which the petitioner types with the code; submission_hash (keyed hash of the client's idempotency key
-- and the submission) lets a repeated submission find the matter the first one registered.
ALTER TABLE xf_receipt ADD COLUMN phone_key VARCHAR(64);
ALTER TABLE xf_receipt ADD COLUMN submission_hash VARCHAR(64);
-- Where the petitioner asked notices to be mailed (encrypted as identity numbers are, EncryptedColumn).
ALTER TABLE xf_receipt ADD COLUMN email VARCHAR(512);
-- Whether the petitioner confirmed that phone by a code sent as a text message.
ALTER TABLE xf_receipt ADD COLUMN phone_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE UNIQUE INDEX uq_xf_receipt_submission ON xf_receipt (submission_hash);
-- The keyed hash of the client's idempotency key alone: the same key with another submission is refused.
ALTER TABLE xf_receipt ADD COLUMN submission_key VARCHAR(64);
CREATE UNIQUE INDEX uq_xf_receipt_submission_key ON xf_receipt (submission_key);

-- A notice the petitioner fetched on the portal: served then (proof of service), the first fetch only.
CREATE TABLE xf_online_service (
    document_id BIGINT      NOT NULL PRIMARY KEY,
    case_id     BIGINT      NOT NULL,
    served_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_xf_online_service_document FOREIGN KEY (document_id) REFERENCES case_document (id),
    CONSTRAINT fk_xf_online_service_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_xf_online_service_case ON xf_online_service (case_id);
