package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the company desk's own procedure steps. */
class CompanyPluginDeclarationTest extends PluginDeclarationContract {

    CompanyPluginDeclarationTest() {
        super(new CompanyPlugin(), "company", "企业", List.of("COMPANY_DESK", "COMPANY_WORKSHOP_HEAD", "COMPANY_LEADER"));
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
}
