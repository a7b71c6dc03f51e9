package org.xinfang.api.model;

/** How a statutory period is counted: calendar days (a last day on a non-working day moves to the next working day) or working days. */
public enum DayCount implements Labelled {
    CALENDAR("日", "day", "days"),
    WORKING("个工作日", "working day", "working days");

    private final LocalizedText one;
    private final LocalizedText label;

    DayCount(String zh, String enOne, String enMany) {
        this.one = LocalizedText.of(zh, enOne);
        this.label = LocalizedText.of(zh, enMany);
    }

    /** The unit after a number of days, left or overdue: "1 day", "2 working days"; Chinese has one form for both. */
    public LocalizedText unitOf(long days) {
        return Math.abs(days) == 1 ? one : label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
