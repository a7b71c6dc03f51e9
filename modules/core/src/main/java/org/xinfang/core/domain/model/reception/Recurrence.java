package org.xinfang.core.domain.model.reception;

import org.xinfang.api.model.LocalizedText;

/** How often a leader receives: once, every week on a weekday, or on the first such weekday of each month. */
public enum Recurrence {
    ONCE(LocalizedText.of("单次", "Once")),
    WEEKLY(LocalizedText.of("每周", "Weekly")),
    MONTHLY_FIRST(LocalizedText.of("每月第一个", "First of each month"));

    private final LocalizedText label;

    Recurrence(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }
}
