/**
 * Supervision (督办): the deadline watch that tells the responsible people before and after a deadline
 * and climbs the escalation ladder (催办 → 督办 → 挂牌督办), the orders with their written answers, the
 * report-back of assigned matters (审结备案) and the inbox the reminders land in.
 */
package org.xinfang.core.application.supervision;
