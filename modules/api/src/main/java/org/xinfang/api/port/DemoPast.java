package org.xinfang.api.port;

/**
 * Demo data only: gives a demo case a past. A plugin seeding a demo year (on
 * {@link org.xinfang.api.event.DemoSeeded}) registers its matters and takes their steps through the
 * other ports as its staff would — today, so every rule applies — and then moves what it just recorded
 * back to the day it stands for. Taking some steps, moving them back, taking the next ones and moving
 * those back less far gives a history spread over the days it took. Refused unless demo data is on.
 */
public interface DemoPast {

    /**
     * Moves back by {@code days} (at least one) what is still dated today on the case — the steps just
     * taken, the notices they served, the clocks they started or stopped — and, with
     * {@code registration}, the day it was received and registered. What the seed's transaction has read
     * so far is let go (written first), so entities held from before must be read again.
     */
    void moveBack(long caseId, int days, boolean registration);
}
