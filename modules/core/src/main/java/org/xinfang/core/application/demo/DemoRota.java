package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The leaders' reception rota of {@code demo/rota.json}, scheduled through the same use case a unit's
 * leader uses, for half a year from the day the demo is seeded: so the public page has something to show.
 */
@ApplicationScoped
public class DemoRota {

    private static final int MONTHS = 6;

    @Inject
    private DemoFiles files;

    @Inject
    private Reception reception;

    @Inject
    private Clock clock;

    /** Schedules the rules whose unit was seeded; returns how many slots they made. */
    int seed(Map<String, OrgUnit> unitsByKey) {
        LocalDate from = LocalDate.now(clock).plusDays(1);
        int slots = 0;
        for (JsonObject r : files.items("rota", "rules")) {
            OrgUnit unit = unitsByKey.get(r.getString("unit"));
            if (unit == null) {
                continue;
            }
            Caller leader = new Caller(r.getString("unit") + ".leader", "demo",
                    List.of(new Caller.Grant(CoreRoles.LEADER, unit.getId(), unit.getPath(), unit.getAgencyType())), Locale.SIMPLIFIED_CHINESE);
            RotaRuleInput rule = new RotaRuleInput(r.getString("leaderName"), r.getString("leaderTitle"), r.getString("place"),
                    r.getString("responsibilities"), r.getString("topics"), null, r.getInt("capacity"),
                    LocalTime.parse(r.getString("startsAt")), LocalTime.parse(r.getString("endsAt")),
                    Recurrence.valueOf(r.getString("recurrence")), DayOfWeek.valueOf(r.getString("weekday")), from, from.plusMonths(MONTHS));
            slots += reception.createRule(leader, unit.getId(), rule).dates().size();
        }
        return slots;
    }
}
