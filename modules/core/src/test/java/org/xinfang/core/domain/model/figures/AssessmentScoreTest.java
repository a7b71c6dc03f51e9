package org.xinfang.core.domain.model.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.figures.AssessmentScore.Share;

/** A unit's score worked out by hand: each part's share weighed, over the weights of the parts with something to count. */
class AssessmentScoreTest {

    private static Map<AssessmentPart, Integer> defaults() {
        Map<AssessmentPart, Integer> w = new EnumMap<>(AssessmentPart.class);
        for (AssessmentPart p : AssessmentPart.values()) {
            w.put(p, p.defaultWeight());
        }
        return w;
    }

    @Test
    void everyPartCountedIsWeighedByItsWeight() {
        Map<AssessmentPart, Share> shares = new EnumMap<>(AssessmentPart.class);
        shares.put(AssessmentPart.TIMELINESS, new Share(5, 6));     // 83.33…%, weight 30 → 25.0
        shares.put(AssessmentPart.SATISFACTION, new Share(1, 2));   // 50%, weight 25 → 12.5
        shares.put(AssessmentPart.SUPERVISION, new Share(3, 4));    // 75%, weight 15 → 11.25
        shares.put(AssessmentPart.ZERO_REPORTS, new Share(20, 20)); // 100%, weight 15 → 15
        shares.put(AssessmentPart.REPEATS, new Share(9, 10));       // 90%, weight 15 → 13.5
        assertEquals(new BigDecimal("77.25"), AssessmentScore.of(shares, defaults()));
    }

    @Test
    void aPartWithNothingToCountLeavesItsWeightOutAndNothingCountedGivesNoScore() {
        Map<AssessmentPart, Share> shares = new EnumMap<>(AssessmentPart.class);
        shares.put(AssessmentPart.TIMELINESS, new Share(0, 1));
        shares.put(AssessmentPart.SATISFACTION, new Share(0, 0));
        shares.put(AssessmentPart.SUPERVISION, new Share(0, 0));
        shares.put(AssessmentPart.REPEATS, new Share(5, 5));
        // (30 × 0 + 15 × 100) / (30 + 15)
        assertEquals(new BigDecimal("33.33"), AssessmentScore.of(shares, defaults()));

        Map<AssessmentPart, Integer> onlySatisfaction = new EnumMap<>(AssessmentPart.class);
        onlySatisfaction.put(AssessmentPart.SATISFACTION, 100);
        assertNull(AssessmentScore.of(shares, onlySatisfaction), "the one part weighed had nothing to count");
        assertEquals("3/4", new Share(3, 4).toString());
        assertEquals(new Share(3, 4), Share.parse("3/4"));
        assertNull(new Share(0, 0).percent());
    }
}
