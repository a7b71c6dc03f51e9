package org.xinfang.core.domain.model.ownership;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** 四包: the four duties of the leader who owns a case (seed 001). */
public enum OwnershipDuty implements Labelled {
    INVESTIGATE("包调查", "Investigate"),
    HANDLE("包处理", "Handle"),
    COUNSEL("包疏导教育", "Counsel"),
    SETTLE("包息诉罢访", "See it settled");

    private final LocalizedText label;

    OwnershipDuty(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
