package org.xinfang.core.domain.model.supervision;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** Where an order stands: waiting for the written answer, answered, closed by the unit that gave it. */
public enum OrderStatus implements Labelled {
    OPEN("待书面报告", "Awaiting the written answer"),
    ANSWERED("已书面报告", "Answered in writing"),
    CLOSED("已办结", "Closed");

    private final LocalizedText label;

    OrderStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
