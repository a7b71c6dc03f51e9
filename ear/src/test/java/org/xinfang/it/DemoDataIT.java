package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.demo.DemoFiles;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.ReviewBodies;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * The demo city is seeded on first start through the real registration use case: the root bureau's
 * leader finds every sample case of {@code demo/cases.json} in the list, in the unit it names, and a
 * case of a plugin unit opens with the plugin's form attached.
 */
@ExtendWith(ArquillianExtension.class)
@InServer
class DemoDataIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    private Clock clock;

    @Inject
    CaseService cases;

    @Inject
    CallerDirectory callers;

    @Inject
    PluginRegistry plugins;

    @Inject
    Reception reception;

    @Inject
    OrgUnitRepository orgUnits;

    @Inject
    WorkCalendars calendars;

    @Inject
    DemoFiles demoFiles;

    @Inject
    ProcedureEngine engine;

    @Inject
    AnalysisMeetings meetings;

    @Inject
    ReviewBodies reviewBodies;

    @Test
    void theDemoRotaIsPublishedOnItsWeekdaysAndOnlyOnWorkingDays() throws IOException {
        Map<String, JsonObject> units = byKey(demoFiles.items("units", "units"));
        int published = 0;
        for (JsonObject rule : demoFiles.items("rota", "rules")) {
            JsonObject unit = units.get(rule.getString("unit"));
            if (!OrgUnit.GENERAL_AGENCY.equals(unit.getString("agency")) && plugins.find(unit.getString("agency")).isEmpty()) {
                continue;
            }
            Long unitId = orgUnits.findByCode(unit.getString("code")).orElseThrow().getId();
            // Other tests schedule their own leaders in the demo units: only this rule's sessions count.
            List<Reception.PublicSession> sessions = reception.publicRota(unitId, Reception.PUBLIC_WEEKS).stream()
                    .filter(session -> session.leaderName().equals(rule.getString("leaderName"))).toList();
            // The demo schedules a rule from the day after it is seeded, for half a year; one without a date in
            // that time that the loaded calendar knows (a first-Monday rule seeded in December) is left out.
            LocalDate from = LocalDate.now(clock).plusDays(1);
            RotaPattern halfAYear = new RotaPattern(Recurrence.valueOf(rule.getString("recurrence")),
                    java.time.DayOfWeek.valueOf(rule.getString("weekday")), from, from.plusMonths(6));
            if (halfAYear.dates(calendars.current()).isEmpty()) {
                assertTrue(sessions.isEmpty(), "a rule without a known date was scheduled: " + sessions);
                continue;
            }
            assertFalse(sessions.isEmpty(), "no public session of " + rule.getString("leaderName"));
            for (Reception.PublicSession session : sessions) {
                assertEquals(java.time.DayOfWeek.valueOf(rule.getString("weekday")), session.date().getDayOfWeek(), session.toString());
                assertTrue(calendars.current().isWorkingDay(session.date()), "a session on a non-working day: " + session);
                assertEquals(rule.getString("place"), session.place());
            }
            published++;
        }
        assertTrue(published >= 1, "the district bureau's rota at least (the plugins' units bring their own)");
    }

    @Test
    void everyDemoMeetingIsSeededWithItsMattersAndDecisions() {
        Caller rootLeader = callers.forUsername("qz.leader", Locale.SIMPLIFIED_CHINESE);
        for (JsonObject sample : demoFiles.items("meetings", "meetings")) {
            String kind = sample.getString("kind");
            if (kind.contains(".") && plugins.find(kind.substring(0, kind.indexOf('.'))).isEmpty()) {
                continue; // a build without this plugin seeds neither the unit nor its meetings
            }
            List<AnalysisMeetings.MeetingView> seeded = meetings.list(rootLeader, null, null, kind).stream()
                    .filter(v -> v.meeting().getAttendees().equals(sample.getString("attendees"))).toList();
            assertEquals(1, seeded.size(), "the demo " + kind + " held by " + sample.getString("attendees"));
            AnalysisMeetings.MeetingView meeting = seeded.get(0);
            assertEquals(sample.getJsonArray("matters").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .sorted().toList(), meeting.matters().stream().map(AnalysisMeetings.Matter::subject).sorted().toList(), "its matters, by subject");
            assertEquals(sample.getJsonArray("decisions").size(), meeting.decisions().size());
            assertEquals(sample.getString("outsideBodies", null), meeting.meeting().getOutsideBodies());
        }
    }

    @Test
    void rootLeaderFindsEverySampleCaseWithItsPluginForm() throws IOException {
        Map<String, JsonObject> units = byKey(demoFiles.items("units", "units"));
        // The core's samples and each installed plugin's own (demo/<id>/cases.json): twenty-two with all four,
        // and the discipline committee's twelve important reports of its joint-investigation year.
        List<JsonObject> samples = demoFiles.items("cases", "cases");
        if (plugins.plugins().size() == 4) {
            assertEquals(34, samples.size(), "the demo data promises twenty-two sample cases and the joint year's twelve");
        }

        Caller rootLeader = callers.forUsername("qz.leader", Locale.SIMPLIFIED_CHINESE);
        assertFalse(rootLeader.grants().isEmpty(), "qz.leader is a seeded user with a role at the root bureau");

        Set<String> agenciesSeen = new TreeSet<>();
        int expected = 0;
        for (JsonObject sample : samples) {
            JsonObject unit = units.get(sample.getString("unit"));
            String agency = unit.getString("agency");
            if (!OrgUnit.GENERAL_AGENCY.equals(agency) && plugins.find(agency).isEmpty()) {
                continue; // a build without this plugin seeds neither the unit nor its cases
            }
            expected++;
            // A sample forwarded or assigned on seeding is now held by the unit it went to.
            String holder = sample.getJsonArray("steps") == null ? sample.getString("unit")
                    : sample.getJsonArray("steps").getValuesAs(JsonObject.class).stream().filter(step -> step.containsKey("target"))
                    .reduce((first, last) -> last).map(step -> step.getString("target")).orElse(sample.getString("unit"));
            Case listed = findListed(rootLeader, sample.getString("subject"), units.get(holder).getString("code"));
            assertEquals(agency, listed.getAgencyType(), listed.getNumber());
            agenciesSeen.add(agency);

            // Every step was taken by a demo account, whom one can sign in as (the
            // pages show them by name), not by a made-up staff member.
            engine.history(rootLeader, listed.getId()).forEach(step -> {
                assertFalse(callers.forUsername(step.getActor(), Locale.SIMPLIFIED_CHINESE).grants().isEmpty(),
                        step.getTransition() + " of " + listed.getNumber() + " by " + step.getActor() + ", who has no account");
            });
            CaseDetails opened = cases.get(rootLeader, listed.getId());
            if (OrgUnit.GENERAL_AGENCY.equals(agency)) {
                assertNull(opened.form(), "a petition bureau's case carries no plugin form: " + listed.getNumber());
            } else {
                assertNotNull(opened.form(), "the " + agency + " case " + listed.getNumber() + " was seeded without its form");
                assertTrue(plugins.find(agency).get().caseForm().entity().isInstance(opened.form()), listed.getNumber());
                assertFalse(opened.form().summary().isBlank(), "the form of " + listed.getNumber() + " has nothing to summarise");
            }
        }
        Set<String> installed = new TreeSet<>(Set.of(OrgUnit.GENERAL_AGENCY));
        plugins.plugins().forEach(p -> installed.add(p.id()));
        assertEquals(installed, agenciesSeen, "every installed agency type has demo cases");
        assertTrue(expected > 0);
    }

    @Test
    void theCitysDecisionsAreReviewedAtTheProvinceAlongEachAgencysLine() {
        assertReviewedBy("QZ", "SD", OrgUnit.GENERAL_AGENCY);
        assertReviewedBy("QZ-CY", "QZ", OrgUnit.GENERAL_AGENCY);
        assertTrue(reviewBodies.above(OrgUnit.GENERAL_AGENCY, orgUnits.findByCode("SD").orElseThrow()).isEmpty(),
                "the province's bureau is the top of the demo tree");
        if (plugins.find("court").isPresent()) {
            assertReviewedBy("QZ-ZY", "SD-GY", "court");
            assertReviewedBy("QZ-ZY-M1", "SD-GY", "court");
        }
        if (plugins.find("discipline").isPresent()) {
            assertReviewedBy("QZ-JW", "SD-JW", "discipline");
            assertReviewedBy("QZ-JW-CG", "QZ-JW", "discipline");
        }
        if (plugins.find("personnel").isPresent()) {
            assertReviewedBy("QZ-RS", "QZ", "personnel");
        }
        if (plugins.find("company").isPresent()) {
            assertReviewedBy("QZ-ZG-ZZ", "QZ-ZG", "company");
        }
    }

    private void assertReviewedBy(String deciding, String reviewer, String agency) {
        OrgUnit unit = orgUnits.findByCode(deciding).orElseThrow();
        assertEquals(reviewer, reviewBodies.above(agency, unit).map(OrgUnit::getCode).orElse("(none)"), deciding + "'s decisions");
    }

    /** The one case with this subject in the unit with this code, found the way a user searches. */
    private Case findListed(Caller caller, String subject, String unitCode) {
        CaseQuery bySubject = new CaseQuery(null, null, null, null, subject, null, CaseQuery.SortField.receivedOn, false, 0, CaseQuery.MAX_LIMIT);
        List<Case> matches = cases.list(caller, bySubject).items().stream()
                .filter(c -> c.getSubject().equals(subject) && c.getUnit().getCode().equals(unitCode))
                .toList();
        assertEquals(1, matches.size(), "sample case '" + subject + "' in unit " + unitCode + " listed " + matches.size() + " times");
        return matches.get(0);
    }

    private static Map<String, JsonObject> byKey(List<JsonObject> units) {
        Map<String, JsonObject> byKey = new HashMap<>();
        units.forEach(u -> byKey.put(u.getString("key"), u));
        return byKey;
    }
}
