package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

    /**
     * A local time of the statutory zone the one way every answer writes a point in time: RFC 3339 with its offset
     * ({@code 2026-12-06T09:30:00+08:00}), so a client elsewhere need not guess the zone.
     */
    public static String withOffset(LocalDateTime time) {
        return time.atZone(statutoryClock().getZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
