package org.xinfang.core.domain.model.visit;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * How a leader met petitioners: at the desk (接访, booked or not), by invitation (约访), at the
 * petitioner's place with a case (下访), or after a case ended, asking whether they are satisfied (回访).
 */
public enum VisitKind implements Labelled {
    RECEPTION("接访", "Reception"),
    INVITED("约访", "Invited visit"),
    FIELD("下访", "Field visit"),
    FOLLOW_UP("回访", "Follow-up");

    private final LocalizedText label;

    VisitKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** A field visit takes a case to the petitioner; a follow-up asks about one that ended. */
    public boolean needsCase() {
        return this == FIELD || this == FOLLOW_UP;
    }
}
