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

-- A unit's assessment (考核) of the units below it for a period, once closed (定稿): the scores as counted
-- then, kept as they are whatever is edited afterwards.
CREATE TABLE assessment_closed (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT       NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    weights      VARCHAR(200) NOT NULL,
    closed_by    VARCHAR(64)  NOT NULL,
    closed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_assessment_closed UNIQUE (unit_id, period_from, period_to),
    CONSTRAINT fk_assessment_closed_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE assessment_score (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    closed_id  BIGINT        NOT NULL,
    position   INT           NOT NULL,
    unit_id    BIGINT        NOT NULL,
    unit_name  VARCHAR(200)  NOT NULL,
    received   BIGINT        NOT NULL,
    shares     VARCHAR(400)  NOT NULL,
    score      DECIMAL(5, 2),
    CONSTRAINT fk_assessment_score_closed FOREIGN KEY (closed_id) REFERENCES assessment_closed (id)
);

CREATE INDEX ix_assessment_score_closed ON assessment_score (closed_id);

-- The day an administrator set a unit up: nothing is due from it before (its periodic reports, for its
-- assessment). Units from before this column were there from the start.
ALTER TABLE org_unit ADD COLUMN established_on DATE;
