package org.xinfang.core.domain.model.calendar;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What the calendar says of a day that is not an ordinary weekday or weekend. */
public enum DayType implements Labelled {
    /** A public holiday (法定节假日 or a rest day moved into the holiday): no work. */
    HOLIDAY("放假", "Holiday"),
    /** A weekend day worked to make up for a holiday (调休上班). */
    WORKDAY("调休上班", "Make-up working day");

    private final LocalizedText label;

    DayType(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
