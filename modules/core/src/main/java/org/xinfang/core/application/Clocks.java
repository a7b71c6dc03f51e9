package org.xinfang.core.application;

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
        return Clock.system(ZoneId.of(System.getProperty("xinfang.zone", "Asia/Shanghai")));
    }
}
