package org.xinfang.core.domain.model.screening;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** A dispute is OPEN while it is being worked on, then RESOLVED (with a note) or TURNED_INTO_CASE. */
public enum DisputeStatus implements Labelled {
    OPEN("化解中", "Open"),
    RESOLVED("已化解", "Resolved"),
    TURNED_INTO_CASE("已转为信访事项", "Turned into a case");

    private final LocalizedText label;

    DisputeStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
