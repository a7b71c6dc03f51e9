package org.xinfang.api.model;

/**
 * The petitioner's rating of how the matter was handled (满意度评价): one vocabulary for the rating
 * recorded as a procedure step and the answer given on a follow-up visit (回访), so that 满意率 counts
 * both alike. (The follow-up once said {@code DISSATISFIED}; migration V26 rewrote those records.)
 */
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
