package org.xinfang.core.domain.model.audit;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/** What verification found wrong with the audit log, named at the first event (or checkpoint) where it shows. */
public enum AuditProblem implements Labelled {
    CHANGED("事件内容被修改（哈希不符）", "The event was changed (its hash does not match)"),
    BROKEN_LINK("链条断开：此前的事件被删除、插入或调换", "Broken link: an event before it was deleted, inserted or moved"),
    UNKNOWN_CHAIN("事件不属于任何链", "The event is on no chain"),
    HEAD_MISSING("链尾事件缺失：最新的事件被删除", "The chain's last event is missing: the newest events were deleted"),
    AFTER_HEAD("链尾之后多出事件：事件被插入", "An event after the chain's head: an event was inserted"),
    CHECKPOINT_MISMATCH("检查点封存的事件缺失或不符：链条被截短后重写", "An event a checkpoint sealed is missing or differs: the chain was cut back"),
    CHECKPOINT_CHANGED("检查点被修改、删除或插入", "A checkpoint was changed, deleted or inserted");

    private final LocalizedText label;

    AuditProblem(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
