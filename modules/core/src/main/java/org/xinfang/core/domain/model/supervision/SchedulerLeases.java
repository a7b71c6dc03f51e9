package org.xinfang.core.domain.model.supervision;

import java.time.LocalDateTime;

/**
 * Named leases in the database: scheduled work that must run once per installation runs on the node
 * holding its lease. A holder renews its lease each run; when it stops renewing, another takes over
 * once the lease has expired.
 */
public interface SchedulerLeases {

    /**
     * Takes or renews the lease {@code name} for {@code holder} until {@code until}; true when the
     * holder has it now. It is taken only when free (expired) or already the holder's.
     */
    boolean acquire(String name, String holder, LocalDateTime now, LocalDateTime until);

    /** Gives the lease up if {@code holder} has it, so that another node takes over at once (a clean shutdown). */
    void release(String name, String holder);
}
