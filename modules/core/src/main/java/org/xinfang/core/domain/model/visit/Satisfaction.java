package org.xinfang.core.domain.model.visit;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What the petitioner said on a follow-up (回访) about how their case ended. */
public enum Satisfaction implements Labelled {
    SATISFIED("满意", "Satisfied"),
    BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
    DISSATISFIED("不满意", "Dissatisfied");

    private final LocalizedText label;

    Satisfaction(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
