package org.xinfang.plugins.company.protection;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * Where a scheduled follow-up check stands. A check is due from its date for a month (the 3-month
 * check in the fourth month); still open after that month it is overdue.
 */
public enum CheckStatus implements Labelled {
    DONE("已回访", "Done"),
    UPCOMING("未到期", "Not yet due"),
    DUE("已到期，待回访", "Due"),
    OVERDUE("逾期未回访", "Overdue");

    private final LocalizedText label;

    CheckStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
