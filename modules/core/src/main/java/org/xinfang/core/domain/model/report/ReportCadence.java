package org.xinfang.core.domain.model.report;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** How often a unit reports: every day, every week (Monday to Sunday) or every calendar month. */
public enum ReportCadence implements Labelled {
    DAILY("每日", "Daily"),
    WEEKLY("每周", "Weekly"),
    MONTHLY("每月", "Monthly");

    private final LocalizedText label;

    ReportCadence(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
