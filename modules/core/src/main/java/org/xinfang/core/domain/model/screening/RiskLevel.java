package org.xinfang.core.domain.model.screening;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** How likely a dispute is to grow (into collective visits, a clash): 高, 中, 低. */
public enum RiskLevel implements Labelled {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    private final LocalizedText label;

    RiskLevel(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
