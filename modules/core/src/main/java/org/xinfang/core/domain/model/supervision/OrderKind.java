package org.xinfang.core.domain.model.supervision;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** The rungs of the escalation ladder above an overdue matter. */
public enum OrderKind implements Labelled {
    /** Automatic urging when a clock stays overdue. */
    URGE("催办", "Urging"),
    /** An order from the unit above, with a numbered 督办函. */
    SUPERVISION("督办", "Supervision order"),
    /** A leader's listed order, shown to the whole organisation until closed. */
    LISTED("挂牌督办", "Listed supervision order");

    private final LocalizedText label;

    OrderKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
