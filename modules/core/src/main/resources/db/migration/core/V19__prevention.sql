-- Prevention at the source (源头预防, seed 001): the petition-risk assessments of major projects before
-- they start, the referral of cases to mediation (三调联动, 访调对接) and the monthly analysis meeting
-- (信访形势分析研判例会) with its decisions.

-- 信访稳定风险评估: one row per project assessed by a unit; assessed_on is never after planned_start.
CREATE TABLE risk_assessment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id            BIGINT        NOT NULL,
    project_name       VARCHAR(200)  NOT NULL,
    project_owner      VARCHAR(200)  NOT NULL,
    planned_start      DATE          NOT NULL,
    assessed_on        DATE          NOT NULL,
    risks_found        VARCHAR(4000) NOT NULL,
    risk_rating        VARCHAR(8)    NOT NULL,
    conditions_set     VARCHAR(4000),
    assessment_status  VARCHAR(16)   NOT NULL,
    recorded_by        VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    closing_note       VARCHAR(1000),
    closed_by          VARCHAR(64),
    closed_at          DATETIME(6),
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_risk_assessment_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_risk_assessment_unit ON risk_assessment (unit_id, assessed_on);

-- Each check on the conditions an assessment set.
CREATE TABLE risk_follow_up (
    assessment_id  BIGINT        NOT NULL,
    ordinal        INT           NOT NULL,
    followed_on    DATE          NOT NULL,
    note           VARCHAR(2000) NOT NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_risk_follow_up_assessment FOREIGN KEY (assessment_id) REFERENCES risk_assessment (id)
);
CREATE INDEX ix_risk_follow_up_assessment ON risk_follow_up (assessment_id);

-- 访调对接: a case handed to mediation; open while mediation_result is null (one open per case, kept by
-- locking the case's row before the check).
CREATE TABLE case_mediation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    unit_id           BIGINT        NOT NULL,
    mediation_kind    VARCHAR(16)   NOT NULL,
    mediator          VARCHAR(200)  NOT NULL,
    matter            VARCHAR(2000),
    referred_on       DATE          NOT NULL,
    referred_by       VARCHAR(64)   NOT NULL,
    referred_at       DATETIME(6)   NOT NULL,
    mediation_result  VARCHAR(16),
    agreement         VARCHAR(4000),
    concluded_on      DATE,
    concluded_by      VARCHAR(64),
    concluded_at      DATETIME(6),
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_mediation_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_case_mediation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_case_mediation_case ON case_mediation (case_id, id);

-- The clocks a referral paused, so that the outcome resumes exactly those.
CREATE TABLE mediation_paused_clock (
    mediation_id  BIGINT NOT NULL,
    clock_id      BIGINT NOT NULL,
    CONSTRAINT pk_mediation_paused_clock PRIMARY KEY (mediation_id, clock_id),
    CONSTRAINT fk_mediation_paused_clock_mediation FOREIGN KEY (mediation_id) REFERENCES case_mediation (id),
    CONSTRAINT fk_mediation_paused_clock_clock FOREIGN KEY (clock_id) REFERENCES case_clock (id)
);

-- 信访形势分析研判例会: the month reviewed is kept as yyyy-MM text.
CREATE TABLE analysis_meeting (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT        NOT NULL,
    held_on        DATE          NOT NULL,
    meeting_month  VARCHAR(7)    NOT NULL,
    attendees      VARCHAR(1000) NOT NULL,
    situation      VARCHAR(4000),
    recorded_by    VARCHAR(64)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_analysis_meeting_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_analysis_meeting_unit ON analysis_meeting (unit_id, meeting_month);

-- The matters (cases) a meeting reviewed.
CREATE TABLE meeting_matter (
    meeting_id  BIGINT NOT NULL,
    case_id     BIGINT NOT NULL,
    CONSTRAINT pk_meeting_matter PRIMARY KEY (meeting_id, case_id),
    CONSTRAINT fk_meeting_matter_meeting FOREIGN KEY (meeting_id) REFERENCES analysis_meeting (id),
    CONSTRAINT fk_meeting_matter_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE TABLE meeting_decision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id     BIGINT        NOT NULL,
    decision_text  VARCHAR(2000) NOT NULL,
    responsible    VARCHAR(100)  NOT NULL,
    due_on         DATE          NOT NULL,
    done_note      VARCHAR(2000),
    done_by        VARCHAR(64),
    done_at        DATETIME(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_meeting_decision_meeting FOREIGN KEY (meeting_id) REFERENCES analysis_meeting (id)
);
CREATE INDEX ix_meeting_decision_meeting ON meeting_decision (meeting_id, id);
