package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.TransitionDeclaration;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the court's own procedure steps. */
class CourtPluginDeclarationTest extends PluginDeclarationContract {

    CourtPluginDeclarationTest() {
        super(new CourtPlugin(), "court", "法院", List.of("COURT_RECEPTION", "COURT_JUDGE", "COURT_LEADER"));
    }

    @Test
    void litigationMattersAreSteeredFromRegistration() {
        TransitionDeclaration route = transition("litigationRoute");
        assertEquals("registered", route.from());
        assertEquals("steered_to_litigation", route.to());
        assertTrue(route.roles().contains(CourtPlugin.ROLE_RECEPTION));
    }
}
