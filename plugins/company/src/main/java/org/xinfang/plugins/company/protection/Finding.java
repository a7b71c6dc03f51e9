package org.xinfang.plugins.company.protection;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What a follow-up check found: whether the complainant was retaliated against. */
public enum Finding implements Labelled {
    NO_RETALIATION("未发现打击报复", "No retaliation"),
    /** Found: the check names the aspects and what the company did about it. */
    RETALIATION_FOUND("发现打击报复", "Retaliation found");

    private final LocalizedText label;

    Finding(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
