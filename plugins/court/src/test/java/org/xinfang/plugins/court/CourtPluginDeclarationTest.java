package org.xinfang.plugins.court;

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
class CourtPluginDeclarationTest {

    /** The general procedure's states (core); a plugin's transitions may start or end in them. */
    private static final Set<String> GENERAL_STATES = Set.of("registered", "forwarded", "assigned", "accepted",
            "declined", "handling", "decided", "reviewing", "re_reviewing", "concluded");

    private final AgencyPlugin plugin = new CourtPlugin();

    @Test
    void isFoundByTheServiceLoader() {
        List<Class<?>> found = ServiceLoader.load(AgencyPlugin.class).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toList());
        assertTrue(found.contains(CourtPlugin.class), found.toString());
    }

    @Test
    void idIsLowerCaseAndNamesTheAgencyType() {
        assertEquals("court", plugin.id());
        assertEquals(plugin.id(), plugin.agencyType().id());
        assertEquals("法院", plugin.agencyType().label().zh());
    }

    @Test
    void roleNamesArePrefixedWithTheUpperCaseId() {
        List<String> names = plugin.agencyType().roles().stream().map(RoleDeclaration::name).toList();
        assertEquals(List.of("COURT_RECEPTION", "COURT_JUDGE", "COURT_LEADER"), names);
        names.forEach(name -> assertTrue(name.startsWith("COURT_"), name));
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
            // Every added state is reachable: nothing declared that no transition leads to.
            procedure.states().forEach(s -> assertTrue(
                    procedure.transitions().stream().anyMatch(t -> t.to().equals(s)), "unreachable " + s));
        }
    }

    @Test
    void litigationMattersAreSteeredFromRegistration() {
        TransitionDeclaration route = plugin.procedures().get(0).transitions().stream()
                .filter(t -> t.name().equals("litigationRoute")).findFirst().orElseThrow();
        assertEquals("registered", route.from());
        assertEquals("steered_to_litigation", route.to());
        assertTrue(route.roles().contains(CourtPlugin.ROLE_RECEPTION));
    }

    @Test
    void migrationIsOnTheClasspathWhereTheDeclarationSays() {
        String location = plugin.migrations().location();
        assertEquals("db/migration/court", location);
        assertNotNull(getClass().getClassLoader().getResource(location + "/V1__court_case_form.sql"));
    }

    @Test
    void editorViewAndMenuPagesArePresent() {
        List<String> pages = List.of(plugin.caseForm().editor(), plugin.caseForm().view(), plugin.menu().get(0).path());
        for (String page : pages) {
            assertTrue(page.startsWith("/plugins/court/"), page);
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
