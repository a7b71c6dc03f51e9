package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the discipline committee's own procedure steps. */
class DisciplinePluginDeclarationTest extends PluginDeclarationContract {

    DisciplinePluginDeclarationTest() {
        super(new DisciplinePlugin(), "discipline", "纪委监委", List.of("DISCIPLINE_CLERK", "DISCIPLINE_INVESTIGATOR",
                "DISCIPLINE_LEADER", "DISCIPLINE_IDENTITY_KEEPER"));
    }

    @Test
    void theFourHandlingMethodsAreChosenByLeadersFromAccepted() {
        Set<String> methods = transitions().stream()
                .filter(t -> t.from().contains("accepted"))
                .peek(t -> assertEquals(Set.of(DisciplinePlugin.ROLE_LEADER), t.roles(), t.name()))
                .map(TransitionDeclaration::to)
                .collect(Collectors.toSet());
        assertEquals(Set.of("inquiry", "preliminary_verification", "shelved", "settled"), methods);
    }

    @Test
    void identityKeeperHandlesNothing() {
        // Seeing who reported must not come with a say in what happens to the report.
        transitions().forEach(t -> assertTrue(!t.roles().contains(DisciplinePlugin.ROLE_IDENTITY_KEEPER), t.name()));
    }
}
