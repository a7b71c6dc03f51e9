package org.xinfang.core.domain.model.prevention;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** An assessment is ASSESSED when recorded, FOLLOWED_UP once its conditions were checked on, CLOSED when the unit ends it. */
public enum AssessmentStatus implements Labelled {
    ASSESSED("已评估", "Assessed"),
    FOLLOWED_UP("跟踪落实中", "Followed up"),
    CLOSED("已结束", "Closed");

    private final LocalizedText label;

    AssessmentStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
