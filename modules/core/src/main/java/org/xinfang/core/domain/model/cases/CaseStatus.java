package org.xinfang.core.domain.model.cases;

import org.xinfang.api.model.LocalizedText;

/** Where a case stands in the general procedure of the 信访工作条例. */
public enum CaseStatus {
    REGISTERED("已登记", "Registered"),
    FORWARDED("已转送", "Forwarded"),
    ASSIGNED("已交办", "Assigned"),
    ACCEPTED("已受理", "Accepted"),
    DECLINED("不予受理", "Declined"),
    HANDLING("办理中", "Handling"),
    DECIDED("已出具处理意见", "Decided"),
    REVIEWING("复查中", "Under review"),
    RE_REVIEWING("复核中", "Under re-review"),
    CONCLUDED("已终结", "Concluded");

    private final LocalizedText label;

    CaseStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    public LocalizedText label() {
        return label;
    }
}
