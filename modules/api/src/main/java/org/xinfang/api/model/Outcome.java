package org.xinfang.api.model;

/** What a decision says of the request (信访工作条例 第三十二条): support, explain, or not support. */
public enum Outcome implements Labelled {
    SUPPORT("支持", "Supported"),
    EXPLAIN("解释说明", "Explained"),
    REJECT("不予支持", "Not supported");

    private final LocalizedText label;

    Outcome(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
