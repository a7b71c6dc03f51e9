-- What happened to each matter, as the figures count it (及时受理率, 按期办结率, 参评率, 满意率 …): one row per
-- matter, derived from its steps, notices and clocks as each step commits (MatterFactsKeeper), never typed in.
-- Rows of matters registered before this table are derived at the next start.
CREATE TABLE matter_facts (
    case_id          BIGINT       NOT NULL PRIMARY KEY,
    unit_id          BIGINT       NOT NULL,
    agency_type      VARCHAR(32)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    category         VARCHAR(64)  NOT NULL,
    received_on      DATE         NOT NULL,
    repeat_matter    BOOLEAN      NOT NULL,
    above_level      BOOLEAN      NOT NULL,
    answer_due_on    DATE,
    answered_on      DATE,
    accepted_on      DATE,
    declined_on      DATE,
    litigation       BOOLEAN      NOT NULL,
    handling_due_on  DATE,
    decided_on       DATE,
    rated_on         DATE,
    rating           VARCHAR(32),
    review_asked_on  DATE,
    repeated_on      DATE,
    CONSTRAINT fk_matter_facts_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE INDEX ix_matter_facts_received ON matter_facts (received_on, unit_id);
