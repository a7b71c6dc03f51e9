package org.xinfang.core.domain.model.supervision;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What the deadline watch tells people; each kind once per clock (or order) and due date. */
public enum ReminderKind implements Labelled {
    DUE_SOON("即将到期", "Due soon"),
    OVERDUE("已超期", "Overdue"),
    /** The automatic 催办 was given. */
    URGED("催办", "Urged"),
    /** The unit above is told that an overdue matter calls for its 督办. */
    SUPERVISION_PROPOSED("建议督办", "Supervision proposed"),
    /** An inbox message about an order given, answered or closed. */
    ORDER("督办事项", "Supervision"),
    /** An inbox message about a referral reported, filed or returned. */
    REPORT_BACK("报告备案", "Report-back"),
    /** The unit above asks a unit for its missing 零报告. */
    REPORT_MISSING("零报告催报", "Report reminder"),
    /** A high-risk dispute was registered in a screening ledger. */
    DISPUTE_HIGH_RISK("高风险矛盾纠纷", "High-risk dispute");

    private final LocalizedText label;

    ReminderKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
