-- Receipt codes became a core capability (core V28, ADR 0019's addendum): the committee's receipts and
-- what passed through them move to the core's tables unchanged — the same keyed hashes, so every code
-- already handed out keeps opening its report — and the plugin's own tables go.
INSERT INTO xf_receipt (case_id, code_hash, unit_id, issued_at, issued_by, closed_on)
    SELECT case_id, code_hash, unit_id, issued_at, issued_by, closed_on FROM discipline_receipt;

INSERT INTO xf_receipt_message (case_id, kind, body, document_id, document_label, created_at, created_by)
    SELECT case_id, kind, body, document_id, document_label, created_at, created_by FROM discipline_reporter_message ORDER BY id;

DROP TABLE discipline_reporter_message;
DROP TABLE discipline_receipt;
