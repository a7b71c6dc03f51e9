/**
 * Supervision (督办): the orders of the escalation ladder — 催办, 督办, 挂牌督办 — each with its due date,
 * written answer and closure by the unit that gave it; the referrals a unit keeps following after a
 * 转送 or 交办, with the report-back and its filing (审结备案); the reminders the deadline watch has sent
 * and the in-app inbox they land in.
 */
package org.xinfang.core.domain.model.supervision;
