package org.xinfang.core.domain.model.reception;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * Where an application for a reception stands (预约申请 → 分类 → 排期). Registered as APPLIED; the
 * desk classifies it as REFERRED (a department handles it directly), DECLINED (a legal matter,
 * declined with guidance) or PLANNED (on a leader's reception plan, awaiting a slot); a planned one
 * is scheduled to a slot and is then BOOKED, holding a place until it is CANCELLED or the leader
 * receives the petitioner (HELD, with a reception record).
 */
public enum AppointmentStatus implements Labelled {
    APPLIED("已申请，待分类", "Applied, awaiting classification"),
    REFERRED("已转部门直接办理", "Referred to a department"),
    DECLINED("不予安排，已告知法定途径", "Declined with guidance"),
    PLANNED("已列入领导接访计划，待排期", "On a leader's plan, awaiting a session"),
    BOOKED("已预约", "Booked"),
    CANCELLED("已取消", "Cancelled"),
    HELD("已接访", "Received");

    private final LocalizedText label;

    AppointmentStatus(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Still waiting for, or holding, a reception: what the per-phone limit counts. */
    public boolean isOpen() {
        return this == APPLIED || this == PLANNED || this == BOOKED;
    }
}
