package org.xinfang.plugins.discipline;

import org.xinfang.api.model.LocalizedText;

/**
 * The three kinds of 信访举报 a discipline-inspection committee receives. They are handled
 * differently: an accusation is a lead about someone else's misconduct, a complaint is about a
 * wrong done to the reporter, an appeal contests a decision made about the reporter.
 */
public enum ReportCategory {
    /** 检举: exposes a party member's or official's violation of discipline or law. */
    ACCUSATION("检举", "Accusation"),
    /** 控告: the reporter's own rights were infringed by a party member, official or body. */
    COMPLAINT("控告", "Complaint"),
    /** 申诉: a party member or official contests a sanction or decision about themselves. */
    APPEAL("申诉", "Appeal");

    private final LocalizedText label;

    ReportCategory(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
