package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/** A user sees the cases of their unit's subtree and nothing else: list, open, change. */
@ExtendWith(ArquillianExtension.class)
@InServer(TestUnits.class)
class CaseScopingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    TestUnits testUnits;

    static Case draft(String subject) {
        Case c = new Case();
        c.setChannel(Channel.VISIT);
        c.setSubject(subject);
        c.setContent("来访反映：" + subject);
        c.setCategory("劳动社保");
        c.setReceivedOn(LocalDate.now());
        c.addParty(new Party(PartyRole.PETITIONER, "张三", "110105199001011232", "13800001234", "测试地址"));
        return c;
    }

    @Test
    void townshipClerkSeesOwnCasesButNotTheNeighbours() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller clerkA = TestUnits.holding(CoreRoles.CLERK, tree.get(1));
        Caller clerkB = TestUnits.holding(CoreRoles.CLERK, tree.get(2));
        CaseDetails ofA = cases.register(clerkA, tree.get(1).getId(), draft("甲镇拖欠工资"), null);
        CaseDetails ofB = cases.register(clerkB, tree.get(2).getId(), draft("乙镇征地补偿"), null);

        assertEquals(ofA.caseFile().getId(), cases.get(clerkA, ofA.caseFile().getId()).caseFile().getId());
        assertThrows(CaseNotFoundException.class, () -> cases.get(clerkA, ofB.caseFile().getId()));
        List<Long> listedForA = cases.list(clerkA, CaseQuery.firstPage()).items().stream().map(Case::getId).toList();
        assertTrue(listedForA.contains(ofA.caseFile().getId()));
        assertTrue(listedForA.stream().noneMatch(id -> id.equals(ofB.caseFile().getId())), "B's case leaked into A's list");
        assertThrows(CaseNotFoundException.class,
                () -> cases.correct(clerkA, ofB.caseFile().getId(), ofB.caseFile().getVersion(), "改", "改", "其他"));
    }

    @Test
    void districtLeaderSeesTheWholeSubtree() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        CaseDetails ofA = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(1)), tree.get(1).getId(), draft("甲镇"), null);
        CaseDetails ofB = cases.register(TestUnits.holding(CoreRoles.CLERK, tree.get(2)), tree.get(2).getId(), draft("乙镇"), null);
        Caller leader = TestUnits.holding(CoreRoles.LEADER, tree.get(0));

        List<Long> listed = cases.list(leader, CaseQuery.firstPage()).items().stream().map(Case::getId).toList();
        assertTrue(listed.containsAll(List.of(ofA.caseFile().getId(), ofB.caseFile().getId())));
    }

    @Test
    void clerkCannotRegisterInAnotherUnit() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller clerkA = TestUnits.holding(CoreRoles.CLERK, tree.get(1));
        NotPermittedException refused = assertThrows(NotPermittedException.class,
                () -> cases.register(clerkA, tree.get(2).getId(), draft("越权登记"), null));
        assertTrue(refused.getMessage().contains(tree.get(2).getName()), refused.getMessage());
        assertEquals(0, cases.list(TestUnits.holding(CoreRoles.LEADER, tree.get(0)), CaseQuery.firstPage()).total());
    }
}
