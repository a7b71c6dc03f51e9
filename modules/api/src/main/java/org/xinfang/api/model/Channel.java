package org.xinfang.api.model;

/** How a matter arrived (来信/来访/来电/网上/领导信箱/热线/上级转交). */
public enum Channel implements Labelled {
    LETTER("来信", "Letter"),
    VISIT("来访", "Visit"),
    PHONE("来电", "Phone"),
    ONLINE("网上信访", "Online"),
    MAILBOX("领导信箱", "Leader's mailbox"),
    HOTLINE("热线", "Hotline"),
    REFERRED("上级转交", "Referred from above");

    private final LocalizedText label;

    Channel(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
