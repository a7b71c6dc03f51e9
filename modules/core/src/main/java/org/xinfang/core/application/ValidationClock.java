package org.xinfang.core.application;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of {@code @PastOrPresent} and its kin: the application's zone, not the server's. Named in
 * {@code META-INF/validation.xml}, so the service's checks, the pages' field checks and the checks
 * JPA runs before an insert all agree on what "today" is — on a server running in UTC, today in
 * China starts eight hours before the server's does.
 */
public class ValidationClock implements ClockProvider {

    @Override
    public Clock getClock() {
        return Clock.system(Clocks.zone());
    }
}
