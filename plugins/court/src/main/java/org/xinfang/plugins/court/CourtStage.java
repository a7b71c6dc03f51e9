package org.xinfang.plugins.court;

import org.xinfang.api.model.LocalizedText;

/**
 * The stage the original litigation had reached when the petition came in. It decides which legal
 * route the petitioner is steered to (诉访分离): appeal after a first instance, retrial application
 * after a final judgment, objection in enforcement.
 */
public enum CourtStage {
    FIRST_INSTANCE("一审", "First instance"),
    SECOND_INSTANCE("二审", "Second instance"),
    RETRIAL("再审", "Retrial"),
    ENFORCEMENT("执行", "Enforcement");

    private final LocalizedText label;

    CourtStage(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
