package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * Inside the server, Bean Validation judges dates in China Standard Time, whatever zone the server
 * runs in: a matter received today in Beijing can be registered at any hour, tomorrow cannot.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({TestUnits.class, CaseScopingIT.class})
class ValidationClockIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    CaseService cases;

    @Inject
    TestUnits testUnits;

    @Test
    void aMatterReceivedTodayInBeijingIsAcceptedAndTomorrowIsNot() {
        List<OrgUnit> tree = testUnits.districtWithTwoTownships();
        Caller clerk = TestUnits.holding(CoreRoles.CLERK, tree.get(1));

        Case today = CaseScopingIT.draft("今日来访");
        today.setReceivedOn(LocalDate.now(CHINA));
        assertNotNull(cases.register(clerk, tree.get(1).getId(), today, null).caseFile().getNumber());

        Case tomorrow = CaseScopingIT.draft("明日来访");
        tomorrow.setReceivedOn(LocalDate.now(CHINA).plusDays(1));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> cases.register(clerk, tree.get(1).getId(), tomorrow, null));
        assertEquals("receivedOn", refused.problems().get(0).field());
    }
}
