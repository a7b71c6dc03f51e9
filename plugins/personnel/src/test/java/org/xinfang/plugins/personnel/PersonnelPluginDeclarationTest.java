package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the personnel bureau's own procedure steps. */
class PersonnelPluginDeclarationTest extends PluginDeclarationContract {

    PersonnelPluginDeclarationTest() {
        super(new PersonnelPlugin(), "personnel", "人事局", List.of("PERSONNEL_CLERK", "PERSONNEL_HEAD", "PERSONNEL_HANDLER"));
    }

    @Test
    void lettersAreAnnotatedByTheHeadBeforeTheyAreAssigned() {
        TransitionDeclaration annotate = transition("annotate");
        assertEquals(Set.of("registered"), annotate.from());
        assertEquals("annotated", annotate.to());
        assertEquals(Set.of(PersonnelPlugin.ROLE_HEAD), annotate.roles());
        TransitionDeclaration assign = transition("assignAsAnnotated");
        assertEquals(Set.of("annotated"), assign.from());
        assertEquals("assigned", assign.to());
    }
}
