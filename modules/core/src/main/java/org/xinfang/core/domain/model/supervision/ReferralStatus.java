package org.xinfang.core.domain.model.supervision;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** Where a referral stands for the unit that made it. */
public enum ReferralStatus implements Labelled {
    /** Forwarded without a report-back date: followed, read-only. */
    FOLLOWING("跟踪", "Following"),
    /** Assigned: the result is due back by the report-back date. */
    AWAITING_REPORT("待报告结果", "Awaiting the report"),
    /** The result came back; the assigning unit files it or returns it. */
    REPORTED("已报告，待备案", "Reported, to be filed"),
    /** Filed by the assigning unit (审结备案). */
    FILED("已审结备案", "Filed"),
    /** The receiving body objected and the matter came back. */
    WITHDRAWN("已退回", "Came back");

    private final LocalizedText label;

    ReferralStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
