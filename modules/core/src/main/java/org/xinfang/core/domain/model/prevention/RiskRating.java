package org.xinfang.core.domain.model.prevention;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** How likely a project is to give rise to petitions, as the assessment rates it (高/中/低). */
public enum RiskRating implements Labelled {
    HIGH("高", "High"),
    MEDIUM("中", "Medium"),
    LOW("低", "Low");

    private final LocalizedText label;

    RiskRating(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
