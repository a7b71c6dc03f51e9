package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.ClockEffect;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.plugin.testkit.PluginDeclarationContract;

/** The registry's checks (from the kit) and the court's own procedure steps. */
class CourtPluginDeclarationTest extends PluginDeclarationContract {

    CourtPluginDeclarationTest() {
        super(new CourtPlugin(), "court", "法院", List.of("COURT_RECEPTION", "COURT_JUDGE", "COURT_LEADER"));
    }

    @Test
    void litigationMattersAreSteeredFromRegistration() {
        TransitionDeclaration route = transition("litigationRoute");
        assertTrue(route.from().containsAll(Set.of("registered", "forwarded", "assigned")));
        assertEquals("steered_to_litigation", route.to());
        assertTrue(route.requires(StepInput.LEGAL_ROUTE), "the notice names the route");
        assertEquals(NoticeKind.DECLINE, route.notice());
        assertTrue(route.roles().contains(CourtPlugin.ROLE_RECEPTION));
    }

    @Test
    void aReviewHearingPausesTheReviewClock() {
        assertEquals(List.of(new ClockEffect("review", ClockEffect.Action.PAUSE)), transition("openReviewHearing").clocks());
        assertEquals(List.of(new ClockEffect("review", ClockEffect.Action.RESUME)), transition("closeReviewHearing").clocks());
    }

    @Test
    void theJointMeetingWithTheDistrictRecordsItsOutsideBodies() {
        assertEquals(List.of(CourtPlugin.JOINT_MEETING), new CourtPlugin().meetingKinds());
        assertEquals("联席会议", CourtPlugin.JOINT_MEETING.label().zh());
        assertTrue(CourtPlugin.JOINT_MEETING.outsideBodies(), "区委、区政府 are recorded as the bodies that sat");
        assertFalse(CourtPlugin.JOINT_MEETING.monthly(), "called when a matter needs the district, not every month");
    }
}
