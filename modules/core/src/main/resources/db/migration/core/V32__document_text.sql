-- The words of each stored document, for the full-text search (ADR 0041): extracted once when the document is
-- stored, so that indexing a matter again never opens its files. Documents stored before this table have none.
CREATE TABLE document_text (
    document_id BIGINT   NOT NULL PRIMARY KEY,
    case_id     BIGINT   NOT NULL,
    words       LONGTEXT NOT NULL,
    CONSTRAINT fk_document_text_document FOREIGN KEY (document_id) REFERENCES case_document (id),
    CONSTRAINT fk_document_text_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_document_text_case ON document_text (case_id);
