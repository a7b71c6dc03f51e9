package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.prevention.MeetingInput;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The meetings of {@code demo/meetings.json} and each plugin's own (a court's 联席会议, a company's
 * 碰头会), recorded by the unit's clerk through the same use case the page uses, dated back from the
 * day the demo is seeded. A meeting names its matters by subject among the demo cases its unit sees,
 * so that another entry added to a cases file does not move them; a meeting whose unit or matters
 * were not seeded is left out.
 */
@ApplicationScoped
public class DemoMeetings {

    /** How many of an agency's cases are searched for a subject: more than any demo has. */
    private static final int CASES_SEARCHED = 500;

    @Inject
    private DemoFiles files;

    @Inject
    private AnalysisMeetings meetings;

    @Inject
    private CaseRepository cases;

    @Inject
    private Clock clock;

    /** Records the meetings whose unit and matters were seeded; returns how many. */
    int seed(Map<String, OrgUnit> unitsByKey) {
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        for (JsonObject m : files.items("meetings", "meetings")) {
            OrgUnit unit = unitsByKey.get(m.getString("unit"));
            if (unit == null) {
                continue;
            }
            Caller clerk = new Caller(m.getString("unit") + ".clerk", "demo",
                    List.of(new Caller.Grant(CoreRoles.CLERK, unit.getId(), unit.getPath(), unit.getAgencyType())), Locale.SIMPLIFIED_CHINESE);
            List<Long> caseIds = new ArrayList<>();
            for (JsonString subject : m.getJsonArray("matters").getValuesAs(JsonString.class)) {
                cases.ofAgency(unit.getAgencyType(), clerk.visibility(), CASES_SEARCHED).stream()
                        .filter(c -> c.getSubject().equals(subject.getString())).map(Case::getId).findFirst().ifPresent(caseIds::add);
            }
            if (caseIds.size() < m.getJsonArray("matters").size()) {
                continue;
            }
            LocalDate heldOn = today.minusDays(m.getInt("daysAgo"));
            List<JsonObject> decisions = m.getJsonArray("decisions").stream().map(JsonValue::asJsonObject).toList();
            AnalysisMeeting saved = meetings.record(clerk, new MeetingInput(unit.getId(), m.getString("kind"), heldOn, YearMonth.from(heldOn),
                    m.getString("attendees"), m.getString("outsideBodies", null), m.getString("situation"), caseIds,
                    decisions.stream().map(d -> new MeetingInput.DecisionInput(d.getString("decision"), d.getString("responsible"),
                            heldOn.plusDays(d.getInt("dueInDays")))).toList()));
            List<MeetingDecision> taken = saved.getDecisions();
            for (int i = 0; i < taken.size(); i++) {
                if (decisions.get(i).containsKey("done")) {
                    meetings.done(clerk, taken.get(i).getId(), new AnalysisMeetings.Done(decisions.get(i).getString("done")));
                }
            }
            recorded++;
        }
        return recorded;
    }
}
