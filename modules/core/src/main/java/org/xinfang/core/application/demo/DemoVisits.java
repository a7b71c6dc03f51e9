package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.OwnershipInput;
import org.xinfang.core.application.reception.ReceptionVisits.VisitRequest;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;

/**
 * The meetings and 包案 of {@code demo/visits.json}, recorded through the same use cases the desk and
 * the leader use, dated back from the day the demo is seeded: so the leader's page is not empty.
 */
@ApplicationScoped
public class DemoVisits {

    @Inject
    private CaseRepository cases;

    @Inject
    private DemoFiles files;

    @Inject
    private ReceptionVisits visits;

    @Inject
    private CaseOwnerships ownerships;

    @Inject
    private Clock clock;

    /** Records the meetings and ownerships whose unit was seeded; returns how many meetings. */
    int seed(Map<String, OrgUnit> unitsByKey) {
        JsonObject data = files.core("visits");
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (JsonValue value : data.getJsonArray("visits")) {
            JsonObject v = value.asJsonObject();
            OrgUnit unit = unitsByKey.get(v.getString("unit"));
            Long caseId = unit == null ? null : caseOf(unit, v);
            if (unit == null || v.containsKey("case") && caseId == null) {
                continue;
            }
            LocalDate heldOn = today.minusDays(v.getInt("daysAgo"));
            List<VisitPerson> people = v.getJsonArray("people").getValuesAs(JsonString.class).stream()
                    .map(n -> new VisitPerson(n.getString(), null, null)).toList();
            visits.record(desk(v.getString("unit"), unit), new VisitRequest(unit.getId(), VisitKind.valueOf(v.getString("kind")),
                    v.getString("leader"), heldOn, v.getString("place"), null, caseId, null, v.getInt("headCount"), people,
                    v.getString("request"), v.getString("instruction"), VisitOutcome.valueOf(v.getString("outcome")),
                    v.getString("handler", null), v.containsKey("dueInDays") ? today.plusDays(v.getInt("dueInDays")) : null, null));
            recorded++;
        }
        for (JsonValue value : data.getJsonArray("ownerships")) {
            JsonObject o = value.asJsonObject();
            OrgUnit unit = unitsByKey.get(o.getString("unit"));
            Long caseId = unit == null ? null : caseOf(unit, o);
            if (caseId == null) {
                continue;
            }
            ownerships.take(leader(o.getString("leader"), unit), caseId,
                    new OwnershipInput(o.getString("leader"), o.getString("handler"), o.getString("task"), today.plusDays(o.getInt("dueInDays"))));
        }
        return recorded;
    }

    /** The unit's demo case at the given index; null when the entry names none or the unit has too few (its entries are left out). */
    private Long caseOf(OrgUnit unit, JsonObject entry) {
        if (!entry.containsKey("case")) {
            return null;
        }
        List<Long> ids = cases.idsInUnit(unit.getId());
        int index = entry.getInt("case");
        return index < ids.size() ? ids.get(index) : null;
    }

    private static Caller desk(String key, OrgUnit unit) {
        return caller(key + ".clerk", CoreRoles.CLERK, unit);
    }

    private static Caller leader(String username, OrgUnit unit) {
        return caller(username, CoreRoles.LEADER, unit);
    }

    private static Caller caller(String username, String role, OrgUnit unit) {
        return new Caller(username, "demo", List.of(new Caller.Grant(role, unit.getId(), unit.getPath(), unit.getAgencyType())),
                Locale.SIMPLIFIED_CHINESE);
    }

}
