package org.xinfang.plugins.company.protection;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** Where retaliation against an employee shows: what each follow-up check looks at. */
public enum Aspect implements Labelled {
    PAY("薪酬", "Pay"),
    POST("岗位", "Post"),
    ASSESSMENT("考核", "Assessment"),
    TREATMENT("待遇", "Treatment");

    private final LocalizedText label;

    Aspect(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
