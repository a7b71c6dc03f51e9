package org.xinfang.core.application.procedure;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation judges {@code @PastOrPresent} and the like by: the same China Standard
 * Time the application counts days in. With the JVM's zone (UTC on most servers) a case received
 * "today" between 00:00 and 08:00 Beijing time would be refused as lying in the future.
 */
public class StatutoryClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clocks.statutoryClock();
    }
}
