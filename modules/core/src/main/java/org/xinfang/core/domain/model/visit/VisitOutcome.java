package org.xinfang.core.domain.model.visit;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What came of a meeting (not of a follow-up, which records satisfaction instead). */
public enum VisitOutcome implements Labelled {
    RESOLVED("当场解决", "Resolved on the spot"),
    ASSIGNED("交办", "Assigned to a handler"),
    EXPLAINED("解释说明", "Explained");

    private final LocalizedText label;

    VisitOutcome(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
