package org.xinfang.core.domain.model.reception;

import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * The desk's decision on an application: a department handles it directly (named), it goes on a
 * leader's reception plan, or — a matter for the courts, arbitration or reconsideration — it is
 * declined with written guidance to that legal route (诉访分离).
 */
public enum Classification implements Labelled {
    DEPARTMENT("转部门直接办理", "Handled by a department", AppointmentStatus.REFERRED),
    LEADER_PLAN("列入领导接访计划", "On a leader's reception plan", AppointmentStatus.PLANNED),
    DECLINED("不予安排（依法引导）", "Declined with guidance", AppointmentStatus.DECLINED);

    private final LocalizedText label;
    private final AppointmentStatus leadsTo;

    Classification(String zh, String en, AppointmentStatus leadsTo) {
        this.label = LocalizedText.of(zh, en);
        this.leadsTo = leadsTo;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The status an application takes when classified so. */
    public AppointmentStatus leadsTo() {
        return leadsTo;
    }
}
