package org.xinfang.plugins.court.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.DemoSeeded;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.court.CourtPlugin;

/**
 * The demo court's vice-presidents in charge (demo/court/units.json names them as users): civil and
 * enforcement matters go to 王建国, administrative ones to 赵振华. Set by the court's president through
 * the use case, as a leader would on the reception-day page.
 */
@ApplicationScoped
public class DemoDivisions {

    static final String COURT = "zy";
    static final Map<String, String> IN_CHARGE = Map.of(
            "民事审判第一庭", "zy.court_vice_civil",
            "执行局", "zy.court_vice_civil",
            "行政审判庭", "zy.court_vice_admin");

    @Inject
    ReceptionDay receptionDay;

    @Inject
    Organisation organisation;

    void onDemoSeeded(@Observes DemoSeeded seeded) {
        Long courtId = seeded.unitIds().get(COURT);
        Organisation.Unit court = courtId == null ? null : organisation.unit(courtId).orElse(null);
        if (court == null || !CourtPlugin.ID.equals(court.agencyType())) {
            return;
        }
        Organisation.Member president = organisation.members(court.id(), CourtPlugin.ROLE_LEADER).stream()
                .filter(m -> m.username().equals(COURT + "." + CourtPlugin.ROLE_LEADER.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (president == null) {
            return;
        }
        Caller caller = new Caller(president.username(), president.displayName(),
                List.of(new Caller.Grant(CourtPlugin.ROLE_LEADER, court.id(), court.path(), court.agencyType())), Locale.SIMPLIFIED_CHINESE);
        IN_CHARGE.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> receptionDay.setDivisionLeader(caller, court.id(), e.getKey(), e.getValue()));
    }
}
