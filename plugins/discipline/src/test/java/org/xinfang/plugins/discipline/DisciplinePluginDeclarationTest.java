package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.ProcedureDeclaration;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.plugin.TransitionDeclaration;

/** The checks the core's registry makes at start, run here so a broken declaration fails the build. */
class DisciplinePluginDeclarationTest {

    /** The general procedure's states (core); a plugin's transitions may start or end in them. */
    private static final Set<String> GENERAL_STATES = Set.of("registered", "forwarded", "assigned", "accepted",
            "declined", "handling", "decided", "reviewing", "re_reviewing", "concluded");

    private final AgencyPlugin plugin = new DisciplinePlugin();

    private List<TransitionDeclaration> transitions() {
        return plugin.procedures().get(0).transitions();
    }

    @Test
    void isFoundByTheServiceLoader() {
        List<Class<?>> found = ServiceLoader.load(AgencyPlugin.class).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toList());
        assertTrue(found.contains(DisciplinePlugin.class), found.toString());
    }

    @Test
    void idIsLowerCaseAndNamesTheAgencyType() {
        assertEquals("discipline", plugin.id());
        assertEquals(plugin.id(), plugin.agencyType().id());
        assertEquals("纪委监委", plugin.agencyType().label().zh());
    }

    @Test
    void roleNamesArePrefixedWithTheUpperCaseId() {
        List<String> names = plugin.agencyType().roles().stream().map(RoleDeclaration::name).toList();
        assertEquals(List.of("DISCIPLINE_CLERK", "DISCIPLINE_INVESTIGATOR", "DISCIPLINE_LEADER",
                "DISCIPLINE_IDENTITY_KEEPER"), names);
        names.forEach(name -> assertTrue(name.startsWith("DISCIPLINE_"), name));
    }

    @Test
    void everyTransitionJoinsKnownStatesAndIsFiredByDeclaredRoles() {
        Set<String> roles = plugin.agencyType().roles().stream().map(RoleDeclaration::name).collect(Collectors.toSet());
        for (ProcedureDeclaration procedure : plugin.procedures()) {
            assertEquals("general", procedure.extendsProcedure());
            Set<String> states = new HashSet<>(GENERAL_STATES);
            states.addAll(procedure.states());
            Set<String> names = new HashSet<>();
            for (TransitionDeclaration t : procedure.transitions()) {
                assertTrue(names.add(t.name()), "duplicate transition " + t.name());
                assertTrue(states.contains(t.from()), t.name() + " from " + t.from());
                assertTrue(states.contains(t.to()), t.name() + " to " + t.to());
                assertTrue(!t.roles().isEmpty() && roles.containsAll(t.roles()), t.name() + " roles " + t.roles());
            }
            procedure.states().forEach(s -> assertTrue(
                    procedure.transitions().stream().anyMatch(t -> t.to().equals(s)), "unreachable " + s));
        }
    }

    @Test
    void theFourHandlingMethodsAreChosenByLeadersFromAccepted() {
        Set<String> methods = transitions().stream()
                .filter(t -> t.from().equals("accepted"))
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

    @Test
    void migrationIsOnTheClasspathWhereTheDeclarationSays() {
        String location = plugin.migrations().location();
        assertEquals("db/migration/discipline", location);
        assertNotNull(getClass().getClassLoader().getResource(location + "/V1__discipline_case_form.sql"));
    }

    @Test
    void editorViewAndMenuPagesArePresent() {
        List<String> pages = List.of(plugin.caseForm().editor(), plugin.caseForm().view(), plugin.menu().get(0).path());
        for (String page : pages) {
            assertTrue(page.startsWith("/plugins/discipline/"), page);
            assertNotNull(getClass().getClassLoader().getResource("META-INF/resources" + page), page);
        }
    }

    @Test
    void entitiesIncludeTheCaseForm() {
        assertTrue(plugin.entities().contains(plugin.caseForm().entity()));
    }

    @Test
    void versionFallsBackOutsideAJar() {
        // Test classes run from target/classes, which has no manifest.
        assertEquals("0.1.0", plugin.version());
    }
}
