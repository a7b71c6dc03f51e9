package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * A year whose holidays are not loaded (the first after this one that the calendar does not know):
 * no reception session is published in it — 元旦 may be a Friday — a clock due in it says its date
 * counts weekends only, and the administrator is told which years are missing.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, TestClocks.class})
class CalendarYearsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    WorkCalendars calendars;

    @Inject
    Reception reception;

    @Inject
    CaseService cases;

    @Inject
    ProcedureEngine engine;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    /** The first year after this one whose arrangement is not loaded (every year between is). */
    private int unknownYear() {
        int y = today().getYear() + 1;
        while (calendars.current().knows(LocalDate.of(y, 6, 1))) {
            y++;
        }
        return y;
    }

    @Test
    void noSessionIsPublishedInAYearTheCalendarDoesNotKnow() {
        int unknown = unknownYear();
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate from = LocalDate.of(unknown - 1, 12, 1).isAfter(today()) ? LocalDate.of(unknown - 1, 12, 1) : today().plusDays(1);
        LocalDate to = LocalDate.of(unknown, 1, 31);
        RotaRule rule = new RotaRule("张明", "副区长", "分管信访", null, "接待室", "综合", 5, LocalTime.of(9, 0), LocalTime.of(11, 0));
        RotaPattern fridays = new RotaPattern(Recurrence.WEEKLY, DayOfWeek.FRIDAY, from, to);
        List<LocalDate> named = fridays.dates(day -> true);
        assertTrue(named.stream().anyMatch(d -> d.getYear() == unknown), "the pattern names Fridays of " + unknown);

        List<LocalDate> published = reception.createRule(clerk, township.getId(), RotaRuleInput.of(rule, fridays)).dates();
        assertFalse(published.isEmpty(), "the Fridays of the known year are published");
        assertTrue(published.stream().allMatch(d -> d.getYear() < unknown), "none in " + unknown + ": " + published);
    }

    @Test
    void aClockDueInAnUnknownYearSaysSoAndTheAdministratorIsTold() {
        int unknown = unknownYear();
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Case draft = new Case();
        draft.setChannel(org.xinfang.api.model.Channel.LETTER);
        draft.setSubject("年底的来信");
        draft.setContent("反映供暖问题。");
        draft.setCategory("城乡建设");
        draft.setReceivedOn(today());
        draft.addParty(new Party(PartyRole.PETITIONER, "赵敏", null, null, "测试地址"));
        Long id = cases.register(clerk, township.getId(), draft, null).caseFile().getId();
        assertTrue(intake(clerk, id).calendarKnown(), "due this year: the calendar knows it");

        LocalDate inUnknownYear = LocalDate.of(unknown, 1, 5);
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, (int) -ChronoUnit.DAYS.between(today(), inUnknownYear));
        ClockReading k = intake(clerk, id);
        assertEquals(inUnknownYear, k.dueOn());
        assertFalse(k.calendarKnown(), "due in " + unknown + ": counted on weekends only, and said so");
        assertTrue(calendars.missingYears(today()).contains(unknown), "the administrator sees " + unknown + " missing");
    }

    private ClockReading intake(Caller caller, Long id) {
        return engine.clocks(caller, id).stream().filter(c -> c.name().equals(GeneralProcedure.CLOCK_INTAKE)).findFirst().orElseThrow();
    }
}
