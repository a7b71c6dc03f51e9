-- Sealed identities (ADR 0015). A party whose plugin seals its identity (a discipline report's
-- reporter) keeps the letter of its pseudonym (A → 举报人A), given once at registration so that the
-- same person is the same pseudonym on every page, answer, notice and log line.
ALTER TABLE party ADD COLUMN sealed_as VARCHAR(8);

-- The unit whose identity keepers may reveal the case's sealed parties: the unit that registered
-- it, or a unit above it that the case went up to. Null when nothing in the case is sealed.
ALTER TABLE xf_case ADD COLUMN identity_holder_id BIGINT;
ALTER TABLE xf_case ADD CONSTRAINT fk_case_identity_holder FOREIGN KEY (identity_holder_id) REFERENCES org_unit (id);

-- An attachment marked on upload as showing who the reporter is (a signed letter, an ID card copy):
-- on a sealed case only its keeper may download it.
ALTER TABLE case_document ADD COLUMN identifying BOOLEAN NOT NULL DEFAULT FALSE;

-- Every reveal of a sealed identity: who, when, why, which case and what was shown. Read by the
-- leaders of the holding unit's agency; never changed or deleted.
CREATE TABLE identity_reveal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    holder_id   BIGINT        NOT NULL,
    revealed_by VARCHAR(64)   NOT NULL,
    revealed_at DATETIME(6)   NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    shown       VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_identity_reveal_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_identity_reveal_holder FOREIGN KEY (holder_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_identity_reveal_case ON identity_reveal (case_id);
CREATE INDEX ix_identity_reveal_at ON identity_reveal (revealed_at);
