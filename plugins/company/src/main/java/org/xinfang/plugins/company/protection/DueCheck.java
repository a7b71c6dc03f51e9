package org.xinfang.plugins.company.protection;

import java.time.LocalDate;

/** A follow-up check due or overdue, as the company desk's list shows it. */
public record DueCheck(long caseId, String caseNumber, String subject, String unitName, LocalDate since, int number, int months,
                       LocalDate dueOn, CheckStatus status, String statusLabel) {
}
