package org.xinfang.core.domain.model.reception;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** How an application for a reception came in: at the desk, or online without sign-in. */
public enum ApplicationChannel implements Labelled {
    DESK("窗口登记", "At the desk"),
    ONLINE("网上申请", "Online");

    private final LocalizedText label;

    ApplicationChannel(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
