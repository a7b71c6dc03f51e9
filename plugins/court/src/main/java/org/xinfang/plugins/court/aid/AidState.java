package org.xinfang.plugins.court.aid;

import java.util.Map;
import java.util.Set;
import org.xinfang.api.model.Labelled;
import org.xinfang.api.model.LocalizedText;

/**
 * Where an application for judicial aid stands. The leader approves or refuses an application; an
 * approved grant is paid, then the petitioner signs for it. A refusal and a receipt end the record: a
 * new need is a new application.
 */
public enum AidState implements Labelled {
    APPLIED("已申请，待审批", "Applied, awaiting the leader"),
    APPROVED("已批准，待发放", "Approved, awaiting payment"),
    REFUSED("不予救助", "Refused"),
    PAID("已发放，待签收", "Paid, awaiting receipt"),
    RECEIVED("已签收", "Received");

    private static final Map<AidState, Set<AidState>> NEXT = Map.of(
            APPLIED, Set.of(APPROVED, REFUSED),
            APPROVED, Set.of(PAID),
            PAID, Set.of(RECEIVED));

    private final LocalizedText label;

    AidState(String zh, String en) {
        this.label = LocalizedText.of(zh, en);
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether an application in this state may move to {@code next}. */
    public boolean leadsTo(AidState next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }

    /** Whether the leader granted money (whatever happened to it since). */
    public boolean granted() {
        return this == APPROVED || this == PAID || this == RECEIVED;
    }
}
