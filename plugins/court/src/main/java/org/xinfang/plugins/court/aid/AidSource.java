package org.xinfang.plugins.court.aid;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * Where the money of a grant comes from: the state's judicial-aid fund the court administers, or a
 * donation its own staff collected (干警捐款) — counted apart, as the fund is accounted for upward.
 */
public enum AidSource implements Labelled {
    AID_FUND("司法救助资金", "Judicial-aid fund"),
    STAFF_DONATION("干警捐款", "Staff donation");

    private final LocalizedText label;

    AidSource(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
