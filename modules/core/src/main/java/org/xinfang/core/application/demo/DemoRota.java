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
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
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

    private static final Logger LOG = Logger.getLogger(DemoRota.class.getName());

    private static final int MONTHS = 6;

    @Inject
    private DemoFiles files;

    @Inject
    private Reception reception;

    @Inject
    private WorkCalendars calendars;

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
            if (rule.pattern().dates(calendars.current()).isEmpty()) {
                // A first-Monday rule seeded after December's first Monday falls in next year, whose
                // holidays may not be loaded yet: the leader would be told so; the demo just has one rule less.
                LOG.info(() -> "Demo rota: no session of " + r.getString("leaderName") + "'s rule before the calendar ends; not scheduled");
                continue;
            }
            slots += reception.createRule(leader, unit.getId(), rule).dates().size();
        }
        return slots;
    }
}
