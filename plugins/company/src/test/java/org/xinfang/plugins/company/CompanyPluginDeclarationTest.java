package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.plugin.AgencyPlugin.MoveTarget;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the company desk's own procedure steps. */
class CompanyPluginDeclarationTest extends PluginDeclarationContract {

    CompanyPluginDeclarationTest() {
        super(new CompanyPlugin(), "company", "企业", List.of("COMPANY_DESK", "COMPANY_WORKSHOP_HEAD", "COMPANY_LEADER",
                "COMPANY_IDENTITY_KEEPER"));
    }

    @Test
    void complaintsGoToTheWorkshopFirstAndUpToTheCompany() {
        TransitionDeclaration toWorkshop = transition("sendToWorkshop");
        assertEquals(Set.of("registered"), toWorkshop.from());
        assertEquals("workshop_handling", toWorkshop.to());
        assertEquals(Set.of(CompanyPlugin.ROLE_DESK), toWorkshop.roles());
        TransitionDeclaration escalate = transition("escalateToCompany");
        assertEquals(Set.of("workshop_handling"), escalate.from());
        assertEquals("company_handling", escalate.to());
        assertTrue(escalate.roles().contains(CompanyPlugin.ROLE_WORKSHOP_HEAD));
        // A complaint about the workshop's own management can bypass it.
        assertEquals("company_handling", transition("takeUpAtCompany").to());
    }

    @Test
    void anAnonymousHotlineComplaintAloneGetsAReceiptCode() {
        CompanyPlugin plugin = new CompanyPlugin();
        CompanyCaseForm anonymous = new CompanyCaseForm();
        anonymous.setAnonymous(true);
        CompanyCaseForm signed = new CompanyCaseForm();
        signed.setAnonymous(false);
        assertTrue(plugin.issuesReceipts(anonymous, Channel.HOTLINE));
        assertFalse(plugin.issuesReceipts(anonymous, Channel.LETTER), "an anonymous letter leaves nobody to hand a code to");
        assertFalse(plugin.issuesReceipts(signed, Channel.HOTLINE), "a signed caller is answered by name");
    }

    @Test
    void theComplainantIsSealedWithTheirEmployeeNumberAndOnlyTheKeeperRevealsThem() {
        CompanyPlugin plugin = new CompanyPlugin();
        CompanyCaseForm signed = new CompanyCaseForm();
        signed.setAnonymous(false);
        assertTrue(plugin.sealsIdentity(signed, PartyRole.PETITIONER));
        assertTrue(plugin.sealsIdentity(signed, PartyRole.REPRESENTATIVE));
        assertFalse(plugin.sealsIdentity(signed, PartyRole.SUBJECT), "the person complained about is not hidden");
        assertEquals(Set.of("employeeNumber"), plugin.identifyingFormFields());
        RoleDeclaration keeper = plugin.agencyType().roles().stream().filter(RoleDeclaration::keepsIdentities).findFirst().orElseThrow();
        assertEquals(CompanyPlugin.ROLE_IDENTITY_KEEPER, keeper.name());
        assertNull(keeper.actsAs(), "the keeper works on no matter");
    }

    private static final long COMPANY = 10;
    private static final MoveTarget ITS_WORKSHOP = new MoveTarget(11, "青州重工装配车间", "company", UnitLevel.WORKSHOP, COMPANY, COMPANY);

    @Test
    void sendingDownMovesTheMatterToTheNamedWorkshopAndStartsItsDays() {
        TransitionDeclaration toWorkshop = transition("sendToWorkshop");
        assertEquals(UnitMove.TO_TARGET, toWorkshop.move());
        assertTrue(toWorkshop.requires(StepInput.TARGET_UNIT));
        assertTrue(toWorkshop.clocks().stream().anyMatch(e -> e.clock().equals(CompanyProcedure.CLOCK_WORKSHOP)));
        // Up the company's line, never to the parent of another agency above the company.
        assertEquals(UnitMove.UP_LINE, transition("escalateToCompany").move());
        ClockDeclaration days = CompanyProcedure.declaration().clocks().get(0);
        assertEquals(CompanyProcedure.CLOCK_WORKSHOP, days.name());
        assertEquals(DayCount.WORKING, days.count());
        assertEquals(10, days.days());
        assertEquals("clock.company.workshop.days", days.settingKey(CompanyProcedure.ID));
    }

    @Test
    void sendsDownOnlyToAWorkshopDirectlyUnderTheCompanyNamingTheUnitRefused() {
        CompanyPlugin plugin = new CompanyPlugin();
        CompanyCaseForm chained = chained();
        assertTrue(plugin.refusesMove(chained, "sendToWorkshop", ITS_WORKSHOP).isEmpty());
        MoveTarget otherCompanysWorkshop = new MoveTarget(21, "青州纺织印染车间", "company", UnitLevel.WORKSHOP, 20L, COMPANY);
        assertEquals("「青州纺织印染车间」不是本公司下属的车间，只能交本公司的车间办理",
                plugin.refusesMove(chained, "sendToWorkshop", otherCompanysWorkshop).orElseThrow().zh());
        MoveTarget bureau = new MoveTarget(3, "青州市信访局", "general", UnitLevel.CITY, 1L, COMPANY);
        assertTrue(plugin.refusesMove(chained, "sendToWorkshop", bureau).orElseThrow().in(Locale.ENGLISH)
                .contains("\"青州市信访局\" is not a workshop of this company"));
        MoveTarget office = new MoveTarget(12, "青州重工综合管理室", "company", UnitLevel.OFFICE, COMPANY, COMPANY);
        assertFalse(plugin.refusesMove(chained, "sendToWorkshop", office).isEmpty());
        // Other steps' moves are not this rule's business.
        assertTrue(plugin.refusesMove(chained, "escalateToCompany", bureau).isEmpty());
    }

    @Test
    void sendingDownAsksForTheChainNamingEachMissingLevel() {
        CompanyCaseForm form = new CompanyCaseForm();
        form.setDirectResponsible("刘振华");
        assertEquals("交车间办理前请填写责任链：缺第一责任人、具体责任人",
                new CompanyPlugin().refusesMove(form, "sendToWorkshop", ITS_WORKSHOP).orElseThrow().zh());
    }

    @Test
    void theAutomaticEscalationSaysHowManyWorkingDaysTheWorkshopHad() {
        assertEquals("车间10个工作日内未办结，自动报公司办理", WorkshopDeadline.reason(10));
    }

    private static CompanyCaseForm chained() {
        CompanyCaseForm form = new CompanyCaseForm();
        form.setFirstResponsible("高建国");
        form.setDirectResponsible("刘振华");
        form.setSpecificResponsible("王立新");
        return form;
    }

    @Test
    void theLeadersOfBothLevelsMeetEveryMonth() {
        assertEquals(List.of(CompanyPlugin.LEADERS_MEETING), new CompanyPlugin().meetingKinds());
        assertEquals("两级领导班子碰头会", CompanyPlugin.LEADERS_MEETING.label().zh());
        assertTrue(CompanyPlugin.LEADERS_MEETING.monthly(), "the company's page shows whether this month's was held");
        assertFalse(CompanyPlugin.LEADERS_MEETING.outsideBodies(), "the company's and workshops' own leaders, no outside bodies");
    }
}
