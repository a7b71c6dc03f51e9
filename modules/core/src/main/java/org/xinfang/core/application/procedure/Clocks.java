package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's clock. Statutory days are counted in China Standard Time whatever zone the
 * server runs in; the zone is the setting {@code xinfang.zone}.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return statutoryClock();
    }

    /** The one definition of the zone, shared with Bean Validation's {@link StatutoryClockProvider}. */
    public static Clock statutoryClock() {
        return Clock.system(ZoneId.of(System.getProperty("xinfang.zone", "Asia/Shanghai")));
    }
}
