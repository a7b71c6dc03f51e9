package org.xinfang.plugins.discipline.recusal;

/** What a person would be on a report; the refusal names it (labels {@code discipline.recusal.duty.<NAME>}). */
public enum Duty {
    /** 承办人: handles the report. */
    HANDLER,
    /** 核查人员: verifies it (谈话函询, 初步核实). */
    INVESTIGATOR,
    /** 联查组成员: a member (or the leader) of the joint-investigation team that takes it. */
    TEAM_MEMBER
}
