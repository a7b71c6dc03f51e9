package org.xinfang.web.interfaces.rest;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.xinfang.core.application.procedure.Clocks;

/**
 * Every point in time the API writes is RFC 3339 with its offset ({@code 2026-12-06T09:30:00+08:00}):
 * the application keeps times as local times of the statutory zone, and a client elsewhere must not
 * have to guess that zone ({@link Clocks#withOffset}). Reads back the same form, or a local time taken in that zone.
 */
public class TimesWithOffset implements JsonbAdapter<LocalDateTime, String> {

    private final ZoneId zone = Clocks.statutoryClock().getZone();

    @Override
    public String adaptToJson(LocalDateTime time) {
        return Clocks.withOffset(time);
    }

    @Override
    public LocalDateTime adaptFromJson(String text) {
        return text.length() > 19 && (text.endsWith("Z") || text.charAt(text.length() - 6) == '+' || text.charAt(text.length() - 6) == '-')
                ? OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime()
                : LocalDateTime.parse(text);
    }
}
