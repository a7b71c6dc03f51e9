package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the personnel bureau's own procedure steps. */
class PersonnelPluginDeclarationTest extends PluginDeclarationContract {

    PersonnelPluginDeclarationTest() {
        super(new PersonnelPlugin(), "personnel", "人事局", List.of("PERSONNEL_CLERK", "PERSONNEL_HEAD", "PERSONNEL_DEPUTY", "PERSONNEL_HANDLER"));
    }

    @Test
    void lettersAreAnnotatedByTheHeadBeforeTheyAreAssigned() {
        TransitionDeclaration annotate = transition("annotate");
        assertEquals(Set.of("registered"), annotate.from());
        assertEquals("annotated", annotate.to());
        assertEquals(Set.of(PersonnelPlugin.ROLE_HEAD), annotate.roles());
        TransitionDeclaration deputy = transition("deputyInstruct");
        assertEquals(Set.of("annotated"), deputy.from());
        assertEquals(Set.of(PersonnelPlugin.ROLE_DEPUTY), deputy.roles());
        TransitionDeclaration assign = transition("assignAsAnnotated");
        assertEquals(Set.of("annotated", "deputy_instructed"), assign.from());
        assertEquals("assigned", assign.to());
    }

    @Test
    void theBureausOwnSectionAcceptsAnAnnotatedLetterWithoutMovingIt() {
        TransitionDeclaration accept = transition("acceptForSection");
        assertEquals(Set.of("annotated", "deputy_instructed"), accept.from());
        assertEquals("accepted", accept.to());
        assertEquals(UnitMove.NONE, accept.move());
        assertEquals(NoticeKind.ACCEPTANCE, accept.notice());
    }

    @Test
    void aLetterToTheHeadAdmitsOnlyTheHeadsAnnotationWhileRegistered() {
        PersonnelCaseForm toTheHead = new PersonnelCaseForm();
        toTheHead.setBusinessCategory(BusinessCategory.RETIREMENT);
        toTheHead.setAddressedToHead(true);
        PersonnelPlugin plugin = new PersonnelPlugin();
        for (String leavesRegistered : List.of("accept", "decline", "declineLegalRoute", "declineRepeat", "forward", "assign")) {
            assertTrue(plugin.refusesAtRegisteringUnit(toTheHead, leavesRegistered).isPresent(), leavesRegistered);
        }
        assertTrue(plugin.refusesAtRegisteringUnit(toTheHead, "annotate").isEmpty());
        assertTrue(plugin.refusesAtRegisteringUnit(toTheHead, "acceptForSection").isEmpty(), "after the annotation, as instructed");
        assertEquals("这是致局长信，须先由局长阅批，再按批示办理。",
                plugin.refusesAtRegisteringUnit(toTheHead, "accept").orElseThrow().zh());

        PersonnelCaseForm toTheBureau = new PersonnelCaseForm();
        toTheBureau.setBusinessCategory(BusinessCategory.TITLE);
        toTheBureau.setAddressedToHead(false);
        assertTrue(plugin.refusesAtRegisteringUnit(toTheBureau, "accept").isEmpty());
    }

    @Test
    void everyCategoryNamesTheSectionThatHandlesIt() {
        for (BusinessCategory category : BusinessCategory.values()) {
            assertTrue(category.section().zh().endsWith("科") || category.section().zh().endsWith("室"), category::name);
        }
        assertEquals("工资福利科", BusinessCategory.RETIREMENT.section().zh());
    }
}
