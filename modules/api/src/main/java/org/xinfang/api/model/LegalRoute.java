package org.xinfang.api.model;

/** The legal route a matter belongs to instead of the petition procedure (诉访分离). */
public enum LegalRoute implements Labelled {
    LITIGATION("诉讼", "Litigation"),
    ARBITRATION("仲裁", "Arbitration"),
    ADMINISTRATIVE_RECONSIDERATION("行政复议", "Administrative reconsideration");

    private final LocalizedText label;

    LegalRoute(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
