package org.xinfang.it.ledgers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.AlreadyRecordedException;
import org.xinfang.core.application.ledgers.ReportInput;
import org.xinfang.core.application.ledgers.ReportSchedules;
import org.xinfang.core.application.ledgers.ScheduleInput;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.ledgers.ZeroReports.Due;
import org.xinfang.core.application.ledgers.ZeroReports.Standing;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.report.ReportCadence;
import org.xinfang.core.domain.model.report.ReportRule;
import org.xinfang.core.domain.model.report.ZeroReport;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestUnits;
import org.xinfang.it.supervision.TestStaff;

/**
 * 零报告 in the server on the real database: a unit's clerk or leader reports once per period of the
 * unit's rule — nothing, or the period's figures — late ones taken and marked; the unit above reads who
 * reported, who is missing once the cut-off passed, and the totals, and reminds the missing through
 * their inbox once a period; a daily rule asks nothing of a day off, and a report given under a unit's
 * earlier rule still counts after the rule changed; administrators set the rule per level and per unit; bad input is refused field by field
 * with nothing saved, and of two clerks reporting at once one wins.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestLedgers.class, TestUnits.class, TestStaff.class, Race.class})
class ZeroReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    /** Due by the 4th of the next month at 23:59: a report for this month is on time whenever the test runs. */
    private static final ScheduleInput MONTHLY_NEXT_MONTH = new ScheduleInput(ReportCadence.MONTHLY, LocalTime.of(23, 59), null, 4, true);

    @Inject
    ZeroReports reports;

    @Inject
    ReportSchedules schedules;

    @Inject
    CaseService cases;

    @Inject
    TestUnits testUnits;

    @Inject
    TestLedgers ledgers;

    @Inject
    TestStaff staff;

    @Inject
    WorkCalendars calendars;

    private static final Caller ADMIN = new Caller("it-admin", "管理员", List.of(new Caller.Grant(CoreRoles.ADMIN, 1L, "/1/", "general")),
            java.util.Locale.SIMPLIFIED_CHINESE);

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    /** The last working day before today: a daily rule's cut-off passed, and the day asks for a report. */
    private LocalDate lastWorkingDay() {
        LocalDate d = today().minusDays(1);
        while (!calendars.current().isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The last day off (weekend or holiday of the calendar) before today. */
    private LocalDate lastDayOff() {
        LocalDate d = today().minusDays(1);
        while (calendars.current().isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static ReportInput nothing(OrgUnit unit, LocalDate day) {
        return new ReportInput(unit.getId(), day, true, null, null, null, null);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
    }

    @Test
    void aClerkReportsNothingOnceAndASecondReportForThePeriodIsRefusedNamingThePeriod() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        schedules.setForUnit(ADMIN, township.getId(), MONTHLY_NEXT_MONTH);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);

        ZeroReport first = reports.submit(clerk, nothing(township, today()));
        assertTrue(first.isNothingToReport());
        assertFalse(first.isLate(), "due on the 4th of next month: on time");
        assertEquals(ReportCadence.MONTHLY, first.getCadence());
        assertEquals(today().withDayOfMonth(1), first.getPeriodStart(), "the month that contains the day given");
        assertEquals(today().withDayOfMonth(1).plusMonths(1).withDayOfMonth(4).atTime(23, 59), first.getDueAt());

        AlreadyRecordedException again = assertThrows(AlreadyRecordedException.class,
                () -> reports.submit(leader, new ReportInput(township.getId(), today().withDayOfMonth(1), false, 1, 2, 0, "一批两人来访")),
                "another day of the same month is the same period");
        assertEquals(List.of("period"), fields(again));
        assertTrue(again.problems().get(0).message().contains(clerk.username()), "says who reported: " + again.getMessage());
        assertEquals(1, ledgers.reportsOf(township));
        assertEquals(Standing.ON_TIME, reports.due(leader, township.getId(), today()).standing());
        assertTrue(ledgers.auditedIn(township).contains("ZERO_REPORT_SUBMITTED"));
    }

    @Test
    void aReportAfterTheCutOffIsTakenAndMarkedLate() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        LocalDate yesterday = today().minusDays(1);
        assertEquals(ReportRule.DEFAULT, schedules.ruleFor(township), "a township nobody configured reports daily by 15:30");

        ZeroReport late = reports.submit(clerk, new ReportInput(township.getId(), yesterday, false, 1, 3, 0, "昨日一批三人来访，反映土地承包问题，已解释。"));
        assertTrue(late.isLate());
        assertEquals(yesterday.atTime(15, 30), late.getDueAt());
        assertEquals(ReportCadence.DAILY, late.getCadence());
        assertEquals(yesterday, late.getPeriodStart());
        assertEquals(yesterday, late.getPeriodEnd());
        assertEquals(List.of(late.getId()), reports.history(clerk, township.getId(), null, null).stream().map(ZeroReport::getId).toList());
    }

    @Test
    void theUnitAboveSeesWhoReportedWhoIsMissingAndTheTotals() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        OrgUnit lateOne = tree.get(1);
        OrgUnit onTimeOne = tree.get(2);
        OrgUnit missingOne = ledgers.unitBelow(district, UnitLevel.TOWNSHIP, "丁镇");
        OrgUnit elsewhere = testUnits.districtWithTwoTownships().get(1);
        schedules.setForUnit(ADMIN, onTimeOne.getId(), MONTHLY_NEXT_MONTH);
        LocalDate yesterday = lastWorkingDay();

        Caller lateClerk = TestUnits.holding(CoreRoles.CLERK, lateOne);
        cases.register(lateClerk, lateOne.getId(), TestLedgers.draft("宅基地纠纷", yesterday), null);
        InvalidInputException notNothing = assertThrows(InvalidInputException.class, () -> reports.submit(lateClerk, nothing(lateOne, yesterday)));
        assertEquals(List.of("nothingToReport"), fields(notNothing), "the unit registered a case that day: it cannot report nothing");
        assertTrue(notNothing.getMessage().contains("1"), notNothing.getMessage());
        reports.submit(lateClerk, new ReportInput(lateOne.getId(), yesterday, false, 2, 5, 1, "两批五人来访；一起邻里纠纷已调解。"));
        reports.submit(TestUnits.holding(CoreRoles.LEADER, onTimeOne), nothing(onTimeOne, yesterday));

        Caller districtClerk = TestUnits.holding(CoreRoles.CLERK, district);
        ZeroReports.Overview overview = reports.overview(districtClerk, district.getId(), yesterday);
        Map<Long, Due> byUnit = overview.units().stream().collect(Collectors.toMap(d -> d.unit().getId(), Function.identity()));
        assertEquals(3, byUnit.size(), "the units directly below, and only those");
        assertEquals(Standing.LATE, byUnit.get(lateOne.getId()).standing());
        assertEquals(1, byUnit.get(lateOne.getId()).report().getCasesRegistered(), "the system counted the case registered that day");
        assertEquals(Standing.ON_TIME, byUnit.get(onTimeOne.getId()).standing());
        assertEquals(ReportCadence.MONTHLY, byUnit.get(onTimeOne.getId()).period().cadence(), "each unit by its own rule");
        assertEquals(Standing.MISSING, byUnit.get(missingOne.getId()).standing(), "yesterday's cut-off passed without a report");
        assertNull(byUnit.get(missingOne.getId()).report());
        assertEquals(new ZeroReports.Totals(3, 1, 1, 1, 0, 0, 1, 2, 5, 1, 1), overview.totals());

        Caller townshipClerk = TestUnits.holding(CoreRoles.CLERK, lateOne);
        InvalidInputException above = assertThrows(InvalidInputException.class, () -> reports.overview(townshipClerk, district.getId(), yesterday));
        assertEquals(List.of("unitId"), fields(above), "a township does not read its district's roll-up");
        assertThrows(InvalidInputException.class, () -> reports.overview(TestUnits.holding(CoreRoles.LEADER, elsewhere), district.getId(), yesterday),
                "nor does another district's township");
    }

    @Test
    void theUnitAboveRemindsOnlyTheMissingThroughTheirInbox() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller reportedClerk = staff.holding(CoreRoles.CLERK, tree.get(1));
        Caller missingClerk = staff.holding(CoreRoles.CLERK, tree.get(2));
        Caller missingHandler = staff.holding(CoreRoles.HANDLER, tree.get(2));
        LocalDate yesterday = lastWorkingDay();
        reports.submit(reportedClerk, nothing(tree.get(1), yesterday));

        Caller townshipClerk = TestUnits.holding(CoreRoles.CLERK, tree.get(1));
        assertThrows(InvalidInputException.class, () -> reports.remindMissing(townshipClerk, tree.get(0).getId(), yesterday));
        Caller districtHandler = TestUnits.holding(CoreRoles.HANDLER, tree.get(0));
        assertThrows(NotPermittedException.class, () -> reports.remindMissing(districtHandler, tree.get(0).getId(), yesterday),
                "the clerks and leaders of the unit above remind");

        Caller districtLeader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        ZeroReports.Reminding reminded = reports.remindMissing(districtLeader, tree.get(0).getId(), yesterday);
        assertEquals(List.of(tree.get(2).getId()), reminded.reminded().stream().map(OrgUnit::getId).toList());
        assertTrue(reminded.remindedBefore().isEmpty());
        assertEquals(1, staff.inboxOf(missingClerk).size());
        assertEquals(ReminderKind.REPORT_MISSING, staff.inboxOf(missingClerk).get(0).getKind());
        assertTrue(staff.inboxOf(missingClerk).get(0).getBody().contains(yesterday.toString()), staff.inboxOf(missingClerk).get(0).getBody());
        assertTrue(staff.inboxOf(reportedClerk).isEmpty(), "a unit that reported is not reminded");
        assertTrue(staff.inboxOf(missingHandler).isEmpty(), "the unit's clerks and leaders, not its handlers");

        ZeroReports.Reminding again = reports.remindMissing(TestUnits.holding(CoreRoles.CLERK, tree.get(0)), tree.get(0).getId(), yesterday);
        assertTrue(again.reminded().isEmpty(), "once a period, whoever asks again");
        assertEquals(List.of(tree.get(2).getId()), again.remindedBefore().stream().map(OrgUnit::getId).toList());
        assertEquals(1, staff.inboxOf(missingClerk).size(), "no second message");
    }

    @Test
    void aCaseCountsForTheUnitThatRegisteredItWhereverItWentSince() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit registering = tree.get(1);
        OrgUnit receiving = tree.get(2);
        LocalDate day = lastWorkingDay();
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, registering);
        long caseId = cases.register(clerk, registering.getId(), TestLedgers.draft("转走的事项", day), null).caseFile().getId();
        ledgers.moveCase(caseId, receiving);

        InvalidInputException sentOn = assertThrows(InvalidInputException.class, () -> reports.submit(clerk, nothing(registering, day)));
        assertEquals(List.of("nothingToReport"), fields(sentOn), "sending the case on does not clear the day");
        ZeroReport other = reports.submit(TestUnits.holding(CoreRoles.CLERK, receiving), nothing(receiving, day));
        assertEquals(0, other.getCasesRegistered(), "the unit it went to registered nothing that day");
    }

    @Test
    void aDailyRuleAsksNothingOfADayOffAndNobodyIsRemindedForIt() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        LocalDate dayOff = lastDayOff();
        Caller leader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        Caller townshipClerk = staff.holding(CoreRoles.CLERK, tree.get(1));
        ZeroReports.Overview overview = reports.overview(leader, tree.get(0).getId(), dayOff);
        assertTrue(overview.units().stream().allMatch(d -> d.standing() == Standing.DAY_OFF), dayOff + ": " + overview.units());
        assertEquals(overview.units().size(), overview.totals().dayOff());
        assertEquals(0, overview.totals().missing());
        assertTrue(reports.remindMissing(leader, tree.get(0).getId(), dayOff).reminded().isEmpty());
        assertTrue(staff.inboxOf(townshipClerk).isEmpty());

        reports.submit(townshipClerk, nothing(tree.get(1), dayOff));
        assertEquals(Standing.LATE, reports.due(townshipClerk, tree.get(1).getId(), dayOff).standing(), "a report given on a day off is still taken");
    }

    @Test
    void aReportGivenUnderTheEarlierRuleStillCountsAfterTheRuleChanged() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        LocalDate day = lastWorkingDay();
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        ZeroReport daily = reports.submit(clerk, nothing(township, day));
        assertEquals(ReportCadence.DAILY, daily.getCadence());

        schedules.setForUnit(ADMIN, township.getId(), new ScheduleInput(ReportCadence.WEEKLY, LocalTime.of(17, 0), DayOfWeek.FRIDAY, null, null));
        Caller leader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));
        Due row = reports.overview(leader, tree.get(0).getId(), day).units().stream()
                .filter(d -> d.unit().getId().equals(township.getId())).findFirst().orElseThrow();
        assertEquals(daily.getId(), row.report().getId(), "the day's report under the daily rule");
        assertEquals(ReportCadence.DAILY, row.period().cadence(), "shown with the period it was given for");
        assertEquals(ReportCadence.WEEKLY, row.rule().cadence(), "while the rule now in force is weekly");
        assertEquals(Standing.LATE, row.standing());
        assertEquals(daily.getId(), reports.due(clerk, township.getId(), day).report().getId());
        assertFalse(reports.remindMissing(leader, tree.get(0).getId(), day).reminded().stream().anyMatch(u -> u.getId().equals(township.getId())),
                "a unit that reported under its earlier rule is not reminded");
        AlreadyRecordedException overlap = assertThrows(AlreadyRecordedException.class,
                () -> reports.submit(clerk, new ReportInput(township.getId(), day, false, 1, 1, 0, "按周报送，含已报送的日子")));
        assertEquals(List.of("period"), fields(overlap), "the week takes in a day reported already: each day once");
        assertTrue(overlap.getMessage().contains(day.toString()), overlap.getMessage());
    }

    @Test
    void onlyTheUnitsOwnClerksAndLeadersReportForIt() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        LocalDate yesterday = today().minusDays(1);
        assertThrows(NotPermittedException.class, () -> reports.submit(TestUnits.holding(CoreRoles.LEADER, tree.get(0)), nothing(township, yesterday)),
                "the district's leader sees the township but does not report for it");
        assertThrows(NotPermittedException.class, () -> reports.submit(TestUnits.holding(CoreRoles.HANDLER, township), nothing(township, yesterday)));
        InvalidInputException stranger = assertThrows(InvalidInputException.class,
                () -> reports.submit(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), nothing(township, yesterday)));
        assertEquals(List.of("unitId"), fields(stranger), "a unit one does not belong to is named, as if it did not exist");
        assertEquals(0, ledgers.reportsOf(township));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);

        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> reports.submit(clerk, new ReportInput(null, null, null, null, null, null, null)));
        assertEquals(List.of("unitId", "period", "nothingToReport"), fields(empty));
        InvalidInputException future = assertThrows(InvalidInputException.class, () -> reports.submit(clerk, nothing(township, today().plusDays(1))));
        assertEquals(List.of("period"), fields(future));
        assertTrue(future.getMessage().contains("尚未到来"), future.getMessage());
        assertEquals(List.of("period"), fields(assertThrows(InvalidInputException.class,
                () -> reports.submit(clerk, nothing(township, today().minusYears(1).minusDays(1))))));
        InvalidInputException figures = assertThrows(InvalidInputException.class,
                () -> reports.submit(clerk, new ReportInput(township.getId(), today(), false, -2, 1, 200000, " ")));
        assertEquals(List.of("visitBatches", "incidents", "notes"), fields(figures));
        assertEquals(List.of("visitBatches", "visitPersons"), fields(assertThrows(InvalidInputException.class,
                () -> reports.submit(clerk, new ReportInput(township.getId(), today(), true, 3, 3, 0, null)))));
        assertEquals(List.of("unitId"), fields(assertThrows(InvalidInputException.class,
                () -> reports.submit(clerk, new ReportInput(999_999_999L, today(), true, null, null, null, null)))));

        assertEquals(0, ledgers.reportsOf(township), "nothing half-saved");
        assertFalse(ledgers.auditedIn(township).contains("ZERO_REPORT_SUBMITTED"));
    }

    @Test
    void twoClerksReportingTheSamePeriodAtOnceOneWins() throws Exception {
        OrgUnit township = testUnits.districtWithTwoTownships().get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, township);
        LocalDate yesterday = today().minusDays(1);
        Race.Outcome<Long> race = Race.atOnce(
                () -> reports.submit(clerk, nothing(township, yesterday)).getId(),
                () -> reports.submit(leader, new ReportInput(township.getId(), yesterday, false, 1, 1, 0, "一人来访")).getId());
        assertEquals(1, race.won().size(), "one report for the period: " + race.lost());
        assertTrue(race.lost().get(0) instanceof AlreadyRecordedException refused && fields(refused).equals(List.of("period")),
                String.valueOf(race.lost().get(0)));
        assertEquals(1, ledgers.reportsOf(township));
    }

    @Test
    void administratorsSetTheRulePerLevelAndPerUnitAndOthersMayNot() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit workshopA = ledgers.unitBelow(tree.get(1), UnitLevel.WORKSHOP, "一车间");
        OrgUnit workshopB = ledgers.unitBelow(tree.get(1), UnitLevel.WORKSHOP, "二车间");
        try {
            ScheduleInput weekly = new ScheduleInput(ReportCadence.WEEKLY, LocalTime.of(17, 0), DayOfWeek.FRIDAY, null, null);
            assertThrows(NotPermittedException.class, () -> schedules.setForLevel(TestUnits.holding(CoreRoles.LEADER, tree.get(0)), UnitLevel.WORKSHOP, weekly));
            schedules.setForLevel(ADMIN, UnitLevel.WORKSHOP, weekly);
            assertEquals(ReportCadence.WEEKLY, schedules.ruleFor(workshopA).cadence());
            assertEquals(DayOfWeek.FRIDAY, schedules.ruleFor(workshopB).dueWeekday());
            assertTrue(schedules.levels().stream().anyMatch(l -> l.level() == UnitLevel.WORKSHOP && l.changed()));

            schedules.setForUnit(ADMIN, workshopB.getId(), new ScheduleInput(ReportCadence.MONTHLY, LocalTime.of(12, 0), null, 25, false));
            assertEquals(ReportCadence.WEEKLY, schedules.ruleFor(workshopA).cadence(), "the level's rule");
            assertEquals(25, schedules.ruleFor(workshopB).dueDay(), "the unit's own rule over its level's (seed 003: by the 25th)");
            assertTrue(schedules.unitRules().stream().anyMatch(u -> u.unit().getId().equals(workshopB.getId())));
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> schedules.setForUnit(ADMIN, workshopB.getId(), new ScheduleInput(ReportCadence.MONTHLY, LocalTime.NOON, null, null, false)));
            assertEquals(List.of("dueDay"), fields(bad));
            assertEquals(List.of("unitId"), fields(assertThrows(InvalidInputException.class,
                    () -> schedules.setForUnit(ADMIN, 999_999_999L, MONTHLY_NEXT_MONTH))));

            assertTrue(schedules.removeForUnit(ADMIN, workshopB.getId()));
            assertEquals(ReportCadence.WEEKLY, schedules.ruleFor(workshopB).cadence(), "back to its level's rule");
            assertEquals(List.of("REPORT_SCHEDULE_CHANGED", "REPORT_SCHEDULE_CHANGED"), ledgers.auditedIn(workshopB));
        } finally {
            ledgers.forgetLevelRule(UnitLevel.WORKSHOP);
        }
        assertEquals(ReportRule.DEFAULT, schedules.ruleFor(workshopA));
    }
}
