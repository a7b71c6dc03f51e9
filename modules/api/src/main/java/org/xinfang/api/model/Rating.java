package org.xinfang.api.model;

/** The petitioner's rating of how the matter was handled (满意度评价). */
public enum Rating implements Labelled {
    SATISFIED("满意", "Satisfied"),
    BASICALLY_SATISFIED("基本满意", "Basically satisfied"),
    UNSATISFIED("不满意", "Unsatisfied");

    private final LocalizedText label;

    Rating(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
