package org.xinfang.api.model;

/** The written notices a procedure produces: the petitioner's (or the receiving body's) proof of each step. */
public enum NoticeKind implements Labelled {
    ACCEPTANCE("受理告知书", "Notice of acceptance"),
    DECLINE("不予受理告知书", "Notice of non-acceptance"),
    FORWARD("转送函", "Letter of forwarding"),
    ASSIGNMENT("交办函", "Letter of assignment"),
    EXTENSION("延期告知书", "Notice of extension"),
    DECISION("处理意见书", "Decision"),
    REVIEW("复查意见书", "Review decision"),
    RE_REVIEW("复核意见书", "Re-review decision");

    private final LocalizedText label;

    NoticeKind(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
