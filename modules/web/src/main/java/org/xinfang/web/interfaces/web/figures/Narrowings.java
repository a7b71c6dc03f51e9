package org.xinfang.web.interfaces.web.figures;

import java.time.YearMonth;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.figures.Figures.Narrowing;

/** The line of a breakdown a figure on the dashboard stands in, as the service narrows to it. */
final class Narrowings {

    private Narrowings() {
    }

    /** {@code breakdown} is unit, agency, channel, category or month, and {@code key} the line's key; no breakdown: the whole. */
    static Narrowing of(String breakdown, String key) {
        if (breakdown == null || breakdown.isBlank()) {
            return Narrowing.NONE;
        }
        return switch (breakdown) {
            case "unit" -> new Narrowing(Long.valueOf(key), null, null, null, null);
            case "agency" -> new Narrowing(null, key, null, null, null);
            case "channel" -> new Narrowing(null, null, Channel.valueOf(key), null, null);
            case "category" -> new Narrowing(null, null, null, key, null);
            case "month" -> new Narrowing(null, null, null, null, YearMonth.parse(key));
            default -> throw new IllegalArgumentException("no breakdown " + breakdown);
        };
    }
}
