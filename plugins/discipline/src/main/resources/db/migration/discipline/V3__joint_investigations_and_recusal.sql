-- Discipline plugin: recusal (回避) and joint investigations (联查).
-- Unit ids are the core's org_unit ids, kept without a foreign key: a plugin's tables reference only
-- xf_case, so that the plugin's schema test can build them without the core's tree.
-- Written in the subset that runs unchanged on H2 2.2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11.
-- (V3, not V2: the anonymous-report work takes V2 for the form's own column.)

-- The unit of the tree the accused belongs to; whoever holds a post there stands aside.
CREATE TABLE discipline_accused_unit (
    case_id  BIGINT       NOT NULL PRIMARY KEY,
    unit_id  BIGINT       NOT NULL,
    set_by   VARCHAR(100) NOT NULL,
    set_at   TIMESTAMP    NOT NULL,
    CONSTRAINT fk_discipline_accused_unit_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);

CREATE TABLE discipline_report_assignment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    duty         VARCHAR(32)  NOT NULL,
    assigned_by  VARCHAR(100) NOT NULL,
    assigned_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_discipline_assignment_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT uq_discipline_assignment UNIQUE (case_id, username, duty)
);

-- Declared conflicts are kept for good: no update, no delete.
CREATE TABLE discipline_conflict_declaration (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    person_name VARCHAR(50)  NOT NULL,
    username    VARCHAR(100),
    reason      VARCHAR(500) NOT NULL,
    declared_by VARCHAR(100) NOT NULL,
    declared_at TIMESTAMP    NOT NULL,
    CONSTRAINT fk_discipline_conflict_case FOREIGN KEY (case_id) REFERENCES xf_case (id)
);
CREATE INDEX ix_discipline_conflict_case ON discipline_conflict_declaration (case_id);

CREATE TABLE discipline_joint_settings (
    committee_unit_id BIGINT       NOT NULL PRIMARY KEY,
    monthly_due_day   INT          NOT NULL,
    days_per_case     INT          NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);

CREATE TABLE discipline_joint_pool_member (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    committee_unit_id  BIGINT       NOT NULL,
    name               VARCHAR(50)  NOT NULL,
    unit_id            BIGINT       NOT NULL,
    unit_name          VARCHAR(100) NOT NULL,
    post               VARCHAR(100),
    username           VARCHAR(100),
    standing_committee BOOLEAN      NOT NULL,
    approved_by        VARCHAR(100),
    approved_at        TIMESTAMP,
    added_by           VARCHAR(100) NOT NULL,
    added_at           TIMESTAMP    NOT NULL
);
CREATE INDEX ix_discipline_pool_committee ON discipline_joint_pool_member (committee_unit_id);

CREATE TABLE discipline_joint_team (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    committee_unit_id BIGINT       NOT NULL,
    name              VARCHAR(50)  NOT NULL,
    leader_id         BIGINT       NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP    NOT NULL,
    CONSTRAINT fk_discipline_team_leader FOREIGN KEY (leader_id) REFERENCES discipline_joint_pool_member (id),
    CONSTRAINT uq_discipline_team_name UNIQUE (committee_unit_id, name)
);

CREATE TABLE discipline_joint_team_member (
    team_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (team_id, member_id),
    CONSTRAINT fk_discipline_team_member_team FOREIGN KEY (team_id) REFERENCES discipline_joint_team (id),
    CONSTRAINT fk_discipline_team_member_member FOREIGN KEY (member_id) REFERENCES discipline_joint_pool_member (id)
);

CREATE TABLE discipline_joint_monthly_return (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    committee_unit_id BIGINT       NOT NULL,
    unit_id           BIGINT       NOT NULL,
    period            VARCHAR(7)   NOT NULL,
    reports           INT          NOT NULL,
    returned_by       VARCHAR(100) NOT NULL,
    returned_at       TIMESTAMP    NOT NULL,
    CONSTRAINT uq_discipline_monthly_return UNIQUE (unit_id, period)
);

CREATE TABLE discipline_joint_case (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL,
    committee_unit_id   BIGINT        NOT NULL,
    committee_unit_path VARCHAR(255)  NOT NULL,
    reporting_unit_id   BIGINT        NOT NULL,
    reporting_unit_name VARCHAR(100)  NOT NULL,
    reporting_unit_path VARCHAR(255)  NOT NULL,
    case_id             BIGINT        NOT NULL,
    case_number         VARCHAR(64)   NOT NULL,
    subject             VARCHAR(200)  NOT NULL,
    accused_name        VARCHAR(50),
    accused_unit        VARCHAR(100),
    region_unit_id      BIGINT        NOT NULL,
    region_unit_name    VARCHAR(100)  NOT NULL,
    screening_round     VARCHAR(16)   NOT NULL,
    period              VARCHAR(7)    NOT NULL,
    screening_year      INT           NOT NULL,
    repeat_report       BOOLEAN       NOT NULL,
    about_unit_head     BOOLEAN       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    registered_by       VARCHAR(100)  NOT NULL,
    registered_at       TIMESTAMP     NOT NULL,
    proposal            VARCHAR(1000),
    proposed_by         VARCHAR(100),
    proposed_at         TIMESTAMP,
    decision_note       VARCHAR(500),
    decided_by          VARCHAR(100),
    decided_at          TIMESTAMP,
    form_document_id    BIGINT,
    form_number         VARCHAR(64),
    team_id             BIGINT,
    due_on              DATE,
    plan                VARCHAR(2000),
    findings            VARCHAR(4000),
    outcome             VARCHAR(16),
    outcome_on          DATE,
    money_collected     DECIMAL(14,2) NOT NULL,
    losses_recovered    DECIMAL(14,2) NOT NULL,
    contracts_ended     INT           NOT NULL,
    payments_restored   DECIMAL(14,2) NOT NULL,
    results_note        VARCHAR(1000),
    CONSTRAINT fk_discipline_joint_case_case FOREIGN KEY (case_id) REFERENCES xf_case (id),
    CONSTRAINT fk_discipline_joint_case_team FOREIGN KEY (team_id) REFERENCES discipline_joint_team (id),
    CONSTRAINT uq_discipline_joint_case UNIQUE (case_id)
);
-- The figures page reads one committee's year.
CREATE INDEX ix_discipline_joint_case_year ON discipline_joint_case (committee_unit_id, screening_year);

CREATE TABLE discipline_joint_eligibility (
    joint_case_id BIGINT      NOT NULL,
    category      VARCHAR(48) NOT NULL,
    PRIMARY KEY (joint_case_id, category),
    CONSTRAINT fk_discipline_eligibility_case FOREIGN KEY (joint_case_id) REFERENCES discipline_joint_case (id)
);

CREATE TABLE discipline_joint_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    joint_case_id BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    document_id   BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    added_at      TIMESTAMP    NOT NULL,
    CONSTRAINT fk_discipline_attachment_case FOREIGN KEY (joint_case_id) REFERENCES discipline_joint_case (id)
);
