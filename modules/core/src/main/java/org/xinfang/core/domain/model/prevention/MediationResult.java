package org.xinfang.core.domain.model.prevention;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** How a mediation ended: with an agreement (调解成功) or without one (调解未成功). */
public enum MediationResult implements Labelled {
    SUCCEEDED("调解成功", "Settled"),
    FAILED("调解未成功", "Not settled");

    private final LocalizedText label;

    MediationResult(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
