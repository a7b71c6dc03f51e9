package org.xinfang.it.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.CaseMoved;
import org.xinfang.api.event.CaseRegistered;
import org.xinfang.api.event.ClockDue;
import org.xinfang.api.event.ClockLapsed;
import org.xinfang.api.event.DocumentIssued;
import org.xinfang.api.event.StepTaken;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.port.AuditAction;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.CaseSteps;
import org.xinfang.api.port.Documents;
import org.xinfang.api.port.Organisation;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.procedure.ClockWatch;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.cases.ResidentIdNumbers;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.TestClocks;
import org.xinfang.it.TestUnits;

/**
 * The plugin contract in the server: what a plugin's use case reaches through the ports — scoped to
 * its caller like the core's own pages — and the events it observes, fired by the core's changes.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({EventLog.class, TestUnits.class, TestClocks.class})
class PluginPortsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    /** A plugin's own audited change, as a plugin declares them. */
    enum TestAction implements AuditAction {
        TESTPLUGIN_CHECKED;

        @Override
        public String code() {
            return name();
        }
    }

    @Inject
    CaseService cases;

    @Inject
    CaseReader reader;

    @Inject
    CaseSteps steps;

    @Inject
    Documents documents;

    @Inject
    CaseDocuments caseDocuments;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail trail;

    @Inject
    AuditLog auditLog;

    @Inject
    ClockWatch clockWatch;

    @Inject
    EventLog events;

    @Inject
    TestUnits testUnits;

    @Inject
    TestClocks testClocks;

    private long register(Caller clerk, OrgUnit unit, String subject) {
        Case c = new Case();
        c.setChannel(Channel.LETTER);
        c.setSubject(subject);
        c.setContent("反映" + subject);
        c.setCategory("劳动社保");
        c.setReceivedOn(LocalDate.now(Clocks.statutoryClock()));
        String digits = String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String born = LocalDate.of(1930, 1, 1).plusDays(Long.parseLong(digits.substring(0, 5)) % 27_000).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "370781" + born + digits.substring(5);
        c.addParty(new Party(PartyRole.PETITIONER, "张明", first17 + ResidentIdNumbers.checkCharacter(first17), "139" + digits, "测试地址"));
        return cases.register(clerk, unit.getId(), c, null).caseFile().getId();
    }

    @Test
    void aPluginReadsOnlyTheCasesItsCallerSeesAndTakesStepsWithTheEnginesChecks() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        OrgUnit otherTownship = tree.get(2);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        Caller stranger = TestUnits.holding(CoreRoles.CLERK, otherTownship);
        long id = register(clerk, township, "端口读取");

        CaseFacts facts = reader.get(clerk, id);
        assertEquals(township.getId(), facts.unitId());
        assertEquals(GeneralProcedure.REGISTERED, facts.state());
        assertTrue(reader.find(stranger, id).isEmpty(), "a case of another township is not found");
        assertThrows(CaseNotFoundException.class, () -> reader.get(stranger, id));
        assertTrue(reader.ofAgency(clerk, "general", 50).stream().anyMatch(c -> c.id() == id));
        assertTrue(reader.ofAgency(stranger, "general", 50).stream().noneMatch(c -> c.id() == id));

        assertTrue(steps.options(clerk, id).stream().anyMatch(o -> o.transition().equals("accept") && o.blockedBecause() == null));
        steps.take(clerk, id, facts.version(), "accept", "符合受理条件");
        assertEquals(GeneralProcedure.ACCEPTED, reader.get(clerk, id).state());
        assertThrows(RuntimeException.class, () -> steps.take(stranger, id, 0, "startHandling", null),
                "another township's clerk cannot take a step");
    }

    @Test
    void theCoreAnnouncesRegistrationStepsMovesDocumentsAndClocks() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit district = tree.get(0);
        OrgUnit township = tree.get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        long id = register(clerk, township, "事件通知");

        assertTrue(events.of(id).get(0) instanceof CaseRegistered registered && registered.unitId() == township.getId());

        Documents.Issued issued = documents.issue(clerk, id, new Documents.Draft("测试", "测试文书", "张明",
                List.of("第一段。", "第二段。")));
        assertTrue(issued.number().matches(".+测试〔\\d{4}〕\\d+号"), issued.number());
        assertTrue(caseDocuments.list(clerk, id).stream().anyMatch(d -> d.getId() == issued.documentId()
                && "application/pdf".equals(d.getContentType())));
        assertTrue(events.of(id).stream().anyMatch(e -> e instanceof DocumentIssued d && d.documentId() == issued.documentId()));
        assertThrows(InvalidInputException.class, () -> documents.issue(clerk, id, new Documents.Draft(" ", "无系列", null, List.of("x"))));

        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, 0);
        clockWatch.announce();
        clockWatch.announce();
        assertEquals(1, events.of(id).stream().filter(e -> e instanceof ClockDue).count(), "a due day is announced once");
        testClocks.dueDaysAgo(id, GeneralProcedure.CLOCK_INTAKE, 2);
        clockWatch.announce();
        clockWatch.announce();
        assertEquals(1, events.of(id).stream().filter(e -> e instanceof ClockLapsed).count(), "a lapse is announced once");

        Caller districtClerk = TestUnits.holding(CoreRoles.CLERK, district);
        long version = reader.get(clerk, id).version();
        steps.take(clerk, id, version, "accept", "受理");
        assertTrue(events.of(id).stream().anyMatch(e -> e instanceof StepTaken s && s.transition().equals("accept")));
        assertFalse(events.of(id).stream().anyMatch(e -> e instanceof CaseMoved), "accepting does not move the case");
        assertTrue(reader.find(districtClerk, id).isPresent(), "the district above sees it");
    }

    @Test
    void aPluginsAuditActionJoinsTheChainAndTheOrganisationIsReadable() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        OrgUnit township = tree.get(1);
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, township);
        long id = register(clerk, township, "插件审计");
        trail.record(clerk, TestAction.TESTPLUGIN_CHECKED, "Case", id, township.getId(), "checked");
        var recorded = auditLog.history("Case", id).stream().filter(e -> e.getAction().equals("TESTPLUGIN_CHECKED"))
                .findFirst().orElseThrow(() -> new AssertionError("the plugin's action is not in the case's audit trail"));
        assertEquals("checked", recorded.getDetail());
        assertEquals(64, recorded.getHash().length(), "the plugin's event is hashed like the core's");
        assertEquals(64, recorded.getPreviousHash().length(), "and linked to the chain before it");

        Organisation.Unit unit = organisation.unit(township.getId()).orElseThrow();
        assertEquals(township.getPath(), unit.path());
        assertTrue(organisation.children(tree.get(0).getId()).stream().anyMatch(u -> u.id() == township.getId()));
        assertTrue(organisation.unitByCode("QZ").isPresent(), "the demo city's root");
    }
}
