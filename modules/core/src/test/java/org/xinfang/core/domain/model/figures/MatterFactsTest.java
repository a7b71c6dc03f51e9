package org.xinfang.core.domain.model.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Rating;
import org.xinfang.api.port.CaseHistories.Clock;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.domain.model.figures.MatterFacts.Matter;
import org.xinfang.core.domain.model.figures.MatterFacts.Notice;
import org.xinfang.core.domain.model.figures.MatterFacts.Step;

/** A matter's facts worked out by hand from a made history: the days, the limits, and the unit counted. */
class MatterFactsTest {

    private static final long CITY = 1;
    private static final long COUNTY = 2;
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private static Matter matter(long unitNow) {
        return new Matter(7, unitNow, "general", Channel.LETTER, "劳动社保", MARCH_1, false, true);
    }

    private static LocalDateTime at(int day, int hour) {
        return LocalDate.of(2026, 3, day).atTime(hour, 0);
    }

    @Test
    void aMatterForwardedAcceptedLateDecidedInTimeRatedAndReviewedUpward() {
        List<Step> steps = List.of(
                new Step(at(1, 9), CITY, null, false),          // registered at the city
                new Step(at(3, 9), COUNTY, null, false),        // forwarded to the county
                new Step(at(20, 9), COUNTY, null, false),       // accepted there, after its limit
                new Step(at(28, 9), COUNTY, null, false),       // decided
                new Step(at(29, 9), COUNTY, Rating.BASICALLY_SATISFIED, false),
                new Step(at(30, 9), CITY, null, false),         // review asked: the city holds it now
                new Step(at(31, 9), CITY, Rating.UNSATISFIED, false));
        List<Notice> notices = List.of(new Notice(NoticeKind.FORWARD, at(3, 9)), new Notice(NoticeKind.ACCEPTANCE, at(20, 9)),
                new Notice(NoticeKind.DECISION, at(28, 9)));
        List<Clock> clocks = List.of(
                new Clock(GeneralProcedure.CLOCK_INTAKE, MARCH_1, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 3)),
                new Clock(GeneralProcedure.CLOCK_ACCEPTANCE, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 20)),
                new Clock(GeneralProcedure.CLOCK_HANDLING, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 5, 19), LocalDate.of(2026, 3, 28)),
                new Clock(GeneralProcedure.CLOCK_REVIEW, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 29), null));

        MatterFacts f = MatterFacts.derive(matter(CITY), steps, notices, clocks, LocalDate.of(2026, 4, 2));

        assertEquals(COUNTY, f.getUnitId(), "counted where it was answered, not where the review took it");
        assertEquals(LocalDate.of(2026, 3, 20), f.getAnsweredOn());
        assertEquals(LocalDate.of(2026, 3, 18), f.getAnswerDueOn(), "the county's acceptance clock ran when it answered");
        assertEquals(LocalDate.of(2026, 3, 20), f.getAcceptedOn());
        assertNull(f.getDeclinedOn());
        assertEquals(LocalDate.of(2026, 5, 19), f.getHandlingDueOn());
        assertEquals(LocalDate.of(2026, 3, 28), f.getDecidedOn());
        assertEquals(LocalDate.of(2026, 3, 29), f.getRatedOn());
        assertEquals(Rating.BASICALLY_SATISFIED, f.getRating(), "the first rating counts; a later one does not rewrite it");
        assertEquals(LocalDate.of(2026, 3, 30), f.getReviewAskedOn());
        assertEquals(LocalDate.of(2026, 4, 2), f.getRepeatedOn());
        assertTrue(f.isAboveLevel());
        assertFalse(f.isLitigation());
    }

    @Test
    void aLitigationMatterDeclinedAtIntakeCountsWhereItIsAndIsMarked() {
        List<Step> steps = List.of(new Step(at(1, 9), CITY, null, false), new Step(at(2, 10), CITY, null, true));
        List<Notice> notices = List.of(new Notice(NoticeKind.DECLINE, at(2, 10)));
        List<Clock> clocks = List.of(new Clock(GeneralProcedure.CLOCK_INTAKE, MARCH_1, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 2)));

        MatterFacts f = MatterFacts.derive(matter(CITY), steps, notices, clocks, null);

        assertEquals(CITY, f.getUnitId());
        assertTrue(f.isLitigation());
        assertEquals(LocalDate.of(2026, 3, 2), f.getDeclinedOn());
        assertEquals(LocalDate.of(2026, 3, 2), f.getAnsweredOn());
        assertEquals(LocalDate.of(2026, 3, 16), f.getAnswerDueOn());
        assertNull(f.getAcceptedOn());
        assertNull(f.getDecidedOn());
        assertNull(f.getHandlingDueOn());
    }

    @Test
    void aMatterNotAnsweredYetIsHeldToItsLastAnswerClockAndCountsWhereItIs() {
        List<Clock> clocks = List.of(
                new Clock(GeneralProcedure.CLOCK_INTAKE, MARCH_1, LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 3)),
                new Clock(GeneralProcedure.CLOCK_ACCEPTANCE, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 18), null));

        MatterFacts f = MatterFacts.derive(matter(COUNTY), List.of(new Step(at(1, 9), CITY, null, false), new Step(at(3, 9), COUNTY, null, false)),
                List.of(new Notice(NoticeKind.FORWARD, at(3, 9))), clocks, null);

        assertEquals(COUNTY, f.getUnitId());
        assertNull(f.getAnsweredOn());
        assertEquals(LocalDate.of(2026, 3, 18), f.getAnswerDueOn());
        MatterFacts withoutSteps = MatterFacts.derive(matter(COUNTY), List.of(), List.of(new Notice(NoticeKind.FORWARD, at(3, 9))), clocks, null);
        assertTrue(f.getUnitId().equals(withoutSteps.getUnitId()) && f.getAnswerDueOn().equals(withoutSteps.getAnswerDueOn())
                && withoutSteps.getAnsweredOn() == null, "not answered, the steps do not change the row");
    }
}
