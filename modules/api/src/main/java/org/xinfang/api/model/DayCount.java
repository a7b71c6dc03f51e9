package org.xinfang.api.model;

/** How a statutory period is counted: calendar days (a last day on a non-working day moves to the next working day) or working days. */
public enum DayCount implements Labelled {
    CALENDAR("日", "days"),
    WORKING("个工作日", "working days");

    private final LocalizedText label;

    DayCount(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
