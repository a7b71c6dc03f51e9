package org.xinfang.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.ProcedureLayout;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.api.procedure.TransitionDeclaration;

/**
 * The checks the core's registry makes at start, run in the plugin's own build so that a broken
 * declaration fails there. A plugin's test extends this, names what it expects its id, agency name and
 * roles to be, and adds the checks of its own procedure's steps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PluginDeclarationContract {

    /** The general procedure's states (core); a plugin's transitions may start or end in them. */

    /** Test classes run from target/classes, which has no manifest, so version() falls back to this. */
    private static final String FALLBACK_VERSION = "0.1.0";

    private final AgencyPlugin plugin;
    private final String expectedId;
    private final String expectedChineseName;
    private final List<String> expectedRoles;

    /**
     * @param plugin the plugin under test
     * @param expectedId its id, written out so that a renamed id fails here before it strands units
     * @param expectedChineseName the agency type's Chinese label
     * @param expectedRoles its role names in declaration order
     */
    protected PluginDeclarationContract(AgencyPlugin plugin, String expectedId, String expectedChineseName,
            List<String> expectedRoles) {
        this.plugin = plugin;
        this.expectedId = expectedId;
        this.expectedChineseName = expectedChineseName;
        this.expectedRoles = List.copyOf(expectedRoles);
    }

    protected AgencyPlugin plugin() {
        return plugin;
    }

    /** The transitions of the plugin's first procedure, for the checks of its own steps. */
    protected List<TransitionDeclaration> transitions() {
        return plugin.procedures().get(0).transitions();
    }

    /** The transition of that name in the first procedure; fails when there is none. */
    protected TransitionDeclaration transition(String name) {
        return transitions().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no transition " + name));
    }

    @Test
    protected void isFoundByTheServiceLoader() {
        List<Class<?>> found = ServiceLoader.load(AgencyPlugin.class).stream()
                .map(ServiceLoader.Provider::type).collect(Collectors.toList());
        assertTrue(found.contains(plugin.getClass()), found.toString());
    }

    @Test
    protected void idIsLowerCaseAndNamesTheAgencyType() {
        assertEquals(expectedId, plugin.id());
        assertTrue(plugin.id().matches("[a-z][a-z0-9]*"), plugin.id());
        assertEquals(plugin.id(), plugin.agencyType().id());
        assertEquals(expectedChineseName, plugin.agencyType().label().zh());
    }

    @Test
    protected void roleNamesArePrefixedWithTheUpperCaseId() {
        List<String> names = plugin.agencyType().roles().stream().map(RoleDeclaration::name).toList();
        assertEquals(expectedRoles, names);
        String prefix = plugin.id().toUpperCase(Locale.ROOT) + "_";
        names.forEach(name -> assertTrue(name.startsWith(prefix), name));
    }

    @Test
    protected void everyProcedureExtendsTheGeneralOneAndIsSound() {
        Set<String> roles = plugin.agencyType().roles().stream().map(RoleDeclaration::name).collect(Collectors.toSet());
        roles.addAll(Set.of(CoreRole.CLERK, CoreRole.HANDLER, CoreRole.LEADER, CoreRole.ADMIN));
        for (ProcedureDeclaration procedure : plugin.procedures()) {
            assertEquals(GeneralProcedure.ID, procedure.extendsProcedure());
            assertEquals(List.of(), EffectiveProcedure.extending(procedure).problems(roles));
        }
    }

    @Test
    protected void everyProcedureDrawsWithoutOverlapsWithinTheWidestPictureInBothLanguages() {
        for (ProcedureDeclaration procedure : plugin.procedures()) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                ProcedureLayout layout = ProcedureLayout.of(EffectiveProcedure.extending(procedure), locale);
                assertEquals(List.of(), layout.problems(), procedure.id() + " in " + locale);
                assertEquals(layout.boxes(), ProcedureLayout.of(EffectiveProcedure.extending(procedure), locale).boxes(),
                        "the same declaration draws the same picture");
            }
        }
    }

    @Test
    protected void everyRoleThatTakesGeneralStepsActsAsACoreRole() {
        Set<String> core = Set.of(CoreRole.CLERK, CoreRole.HANDLER, CoreRole.LEADER);
        plugin.agencyType().roles().stream().filter(r -> r.actsAs() != null)
                .forEach(r -> assertTrue(core.contains(r.actsAs()), r.name() + " acts as " + r.actsAs()));
        assertTrue(plugin.agencyType().roles().stream().anyMatch(r -> CoreRole.CLERK.equals(r.actsAs())),
                "some role of the plugin registers and routes matters as a clerk");
    }

    @Test
    protected void migrationIsOnTheClasspathWhereTheDeclarationSays() {
        String location = plugin.migrations().location();
        assertEquals("db/migration/" + expectedId, location);
        String first = location + "/V1__" + expectedId + "_case_form.sql";
        assertNotNull(getClass().getClassLoader().getResource(first), first);
    }

    @Test
    protected void editorViewAndMenuPagesArePresent() {
        List<String> pages = new ArrayList<>(List.of(plugin.caseForm().editor(), plugin.caseForm().view()));
        plugin.menu().forEach(entry -> pages.add(entry.path()));
        assertFalse(plugin.menu().isEmpty(), "a plugin offers at least its guide in the menu");
        for (String page : pages) {
            assertTrue(page.startsWith("/plugins/" + expectedId + "/"), page);
            assertNotNull(getClass().getClassLoader().getResource("META-INF/resources" + page), page);
        }
    }

    @Test
    protected void meetingKindsAreNamedAfterThePluginOnceEach() {
        List<String> codes = plugin.meetingKinds().stream().map(k -> k.code()).toList();
        codes.forEach(code -> assertTrue(code.matches(expectedId + "\\.[a-z][a-z0-9-]{0,31}"), code + " is named " + expectedId + ".<name>"));
        assertEquals(codes.size(), Set.copyOf(codes).size(), "each kind once: " + codes);
    }

    @Test
    protected void entitiesIncludeTheCaseForm() {
        assertTrue(plugin.entities().contains(plugin.caseForm().entity()));
    }

    @Test
    protected void versionFallsBackOutsideAJar() {
        assertEquals(FALLBACK_VERSION, plugin.version());
    }
}
