package org.xinfang.plugins.company;

import org.xinfang.api.model.LocalizedText;

/** What an employee's complaint is about (员工诉求类型). */
public enum ComplaintType {
    WAGES("薪酬", "Pay"),
    OVERTIME("加班", "Overtime"),
    SAFETY("安全", "Safety"),
    /** A disciplinary sanction the employee contests. */
    DISCIPLINE("纪律处分", "Disciplinary sanction"),
    OTHER("其他", "Other");

    private final LocalizedText label;

    ComplaintType(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
