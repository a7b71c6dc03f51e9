package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.AgencyType;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CaseFormDeclaration;
import org.xinfang.api.plugin.MeetingKind;
import org.xinfang.api.plugin.MenuEntry;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.plugin.PublicCaseForm;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.plugins.PluginValidator;

/** The cross-checks name the plugin and what is wrong with it; a sound set passes. */
class PluginValidatorTest {

    public static class Form extends CaseFormData {
        private String caseNumber;

        @Override
        public String summary() {
            return "";
        }
    }

    /** A plugin built from its parts, so that each test breaks exactly one. */
    record Plugin(String id, String typeId, List<RoleDeclaration> roles, List<Class<?>> entities, String bundle,
                  List<MeetingKind> meetingKinds, PublicCaseForm publicCaseForm) implements AgencyPlugin {

        Plugin(String id, String typeId, List<RoleDeclaration> roles, List<Class<?>> entities, String bundle) {
            this(id, typeId, roles, entities, bundle, List.of(), null);
        }

        Plugin withMeetingKinds(MeetingKind... kinds) {
            return new Plugin(id, typeId, roles, entities, bundle, List.of(kinds), publicCaseForm);
        }

        Plugin withPublicForm(String... fields) {
            return new Plugin(id, typeId, roles, entities, bundle, meetingKinds,
                    new PublicCaseForm(Set.of(fields), "/plugins/" + id + "/public-form.xhtml"));
        }

        @Override
        public Optional<PublicCaseForm> publicForm() {
            return Optional.ofNullable(publicCaseForm);
        }

        static Plugin sound(String id) {
            return new Plugin(id, id, List.of(new RoleDeclaration(id.toUpperCase() + "_CLERK", LocalizedText.of("登记", "Clerk"))),
                    List.of(Form.class), "org.example." + id + ".messages");
        }

        @Override
        public String version() {
            return "1.0";
        }

        @Override
        public AgencyType agencyType() {
            return new AgencyType(typeId, LocalizedText.of(id, id), roles);
        }

        @Override
        public CaseFormDeclaration caseForm() {
            return new CaseFormDeclaration(Form.class, "/plugins/" + id + "/case-form.xhtml", "/plugins/" + id + "/case-view.xhtml");
        }

        @Override
        public List<ProcedureDeclaration> procedures() {
            return List.of();
        }

        @Override
        public List<MenuEntry> menu() {
            return List.of(new MenuEntry("/plugins/" + id + "/guide.xhtml", LocalizedText.of("指南", "Guide"), Set.of()));
        }

        @Override
        public String messageBundle() {
            return bundle;
        }
    }

    private final PluginValidator allPresent = new PluginValidator(page -> true, entity -> true, set -> true);

    @Test
    void soundPluginsPass() {
        assertEquals(List.of(), allPresent.problems(List.of(Plugin.sound("court"), Plugin.sound("company"))));
    }

    @Test
    void duplicateIdIsNamed() {
        List<String> problems = allPresent.problems(List.of(Plugin.sound("court"), Plugin.sound("court")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Plugin 'court'") && p.contains("already taken")), problems.toString());
    }

    @Test
    void theGeneralAgencyIdIsReserved() {
        List<String> problems = allPresent.problems(List.of(Plugin.sound("general")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("already taken")), problems.toString());
    }

    @Test
    void malformedIdIsRefused() {
        List<String> problems = allPresent.problems(List.of(Plugin.sound("Court Plugin")));
        assertTrue(problems.get(0).contains("id must be lower case"), problems.toString());
    }

    @Test
    void missingPageIsNamedWithWhereItShouldBe() {
        PluginValidator noGuide = new PluginValidator(page -> !page.endsWith("guide.xhtml"), entity -> true, set -> true);
        List<String> problems = noGuide.problems(List.of(Plugin.sound("court")));
        assertEquals(List.of("Plugin 'court' (" + Plugin.class.getName() + "): page /plugins/court/guide.xhtml is missing from the plugin jar (META-INF/resources/plugins/court/guide.xhtml)"), problems);
    }

    @Test
    void unmappedEntityAndPendingMigrationsAreNamed() {
        PluginValidator broken = new PluginValidator(page -> true, entity -> false, set -> false);
        List<String> problems = broken.problems(List.of(Plugin.sound("court")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("entity " + Form.class.getName() + " is not mapped")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("migrations in db/migration/court are not all applied")), problems.toString());
    }

    @Test
    void agencyTypeMustMatchThePluginId() {
        Plugin mismatched = new Plugin("court", "courts", Plugin.sound("court").roles(), List.of(Form.class), "b");
        assertTrue(allPresent.problems(List.of(mismatched)).get(0).contains("agency type id 'courts' differs"));
    }

    @Test
    void aRoleTakenByTheCoreOrAnotherPluginIsRefused() {
        Plugin clash = new Plugin("court", "court", List.of(new RoleDeclaration("CLERK", LocalizedText.of("登记", "Clerk"))), List.of(Form.class), "b");
        assertTrue(allPresent.problems(List.of(clash)).get(0).contains("role CLERK is declared twice"));
    }

    @Test
    void formEntityMustBeAmongTheEntities() {
        Plugin forgetful = new Plugin("court", "court", Plugin.sound("court").roles(), List.of(), "b");
        assertTrue(allPresent.problems(List.of(forgetful)).get(0).contains("is not among its entities()"));
    }

    @Test
    void theKeeperOfIdentitiesMayNotActAsACoreRole() {
        Plugin keeperWhoDecides = new Plugin("court", "court", List.of(new RoleDeclaration("COURT_KEEPER",
                LocalizedText.of("保管", "Keeper"), "LEADER", true)), List.of(Form.class), "b");
        assertTrue(allPresent.problems(List.of(keeperWhoDecides)).get(0)
                .contains("role COURT_KEEPER keeps identities and so may not act as LEADER"));
    }

    @Test
    void meetingKindsMustCarryThePluginsIdAndBeDeclaredOnce() {
        MeetingKind joint = new MeetingKind("court.joint", LocalizedText.of("联席会议", "Joint meeting"), true, false);
        assertEquals(List.of(), allPresent.problems(List.of(Plugin.sound("court").withMeetingKinds(joint))));
        MeetingKind foreign = new MeetingKind("analysis", LocalizedText.of("研判例会", "Analysis"), false, true);
        List<String> problems = allPresent.problems(List.of(Plugin.sound("court").withMeetingKinds(joint, joint, foreign)));
        assertTrue(problems.stream().anyMatch(p -> p.contains("'court.joint' is declared twice")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'analysis' must be named 'court.<name>'")), problems.toString());
    }

    @Test
    void aPublicFormMustNameFieldsOfTheFormAndShipItsPage() {
        assertEquals(List.of(), allPresent.problems(List.of(Plugin.sound("court").withPublicForm("caseNumber"))));
        List<String> problems = new PluginValidator(page -> !page.endsWith("public-form.xhtml"), entity -> true, set -> true)
                .problems(List.of(Plugin.sound("court").withPublicForm("caseNumber", "caseNumbr")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("public form field 'caseNumbr' is not a field of Form")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("page /plugins/court/public-form.xhtml is missing")), problems.toString());
    }
}
