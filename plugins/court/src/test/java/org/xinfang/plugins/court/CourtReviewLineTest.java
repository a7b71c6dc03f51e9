package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.plugin.testkit.ReviewTree;

/**
 * Where a court's decision is reviewed, in the demo's shape: the province's bureau with the high court
 * beside it, the city's bureau below with the intermediate court and its tribunals under it.
 */
class CourtReviewLineTest {

    private final ReviewTree tree = new ReviewTree();
    private final ReviewLine.Body province = tree.add("山东省信访局", "general", UnitLevel.PROVINCE, null);
    private final ReviewLine.Body highCourt = tree.add("山东省高级人民法院", "court", UnitLevel.COURT, province);
    private final ReviewLine.Body highTribunal = tree.add("山东省高级人民法院立案庭", "court", UnitLevel.TRIBUNAL, highCourt);
    private final ReviewLine.Body city = tree.add("青州市信访局", "general", UnitLevel.CITY, province);
    private final ReviewLine.Body cityCourt = tree.add("青州市中级人民法院", "court", UnitLevel.COURT, city);
    private final ReviewLine.Body civilTribunal = tree.add("青州市中级人民法院民事审判第一庭", "court", UnitLevel.TRIBUNAL, cityCourt);
    private final ReviewLine line = new CourtPlugin().reviewLine();

    @Test
    void aCitysCourtIsReviewedByTheHighCourtBesideTheProvincesBureauNeverByAPetitionBureau() {
        assertEquals(Optional.of("山东省高级人民法院"), tree.reviewerOf(cityCourt, line));
    }

    @Test
    void aTribunalDecidesInItsCourtsNameSoTheCourtAboveThatCourtReviews() {
        assertEquals(Optional.of("山东省高级人民法院"), tree.reviewerOf(civilTribunal, line));
    }

    @Test
    void theHighCourtAndItsTribunalsHaveNoCourtAboveInTheTree() {
        assertTrue(tree.reviewerOf(highCourt, line).isEmpty());
        assertTrue(tree.reviewerOf(highTribunal, line).isEmpty());
    }

    @Test
    void aBasicCourtUnderTheIntermediateCourtIsReviewedThere() {
        ReviewLine.Body basic = tree.add("青州市朝阳区人民法院", "court", UnitLevel.COURT, cityCourt);
        assertEquals(Optional.of("青州市中级人民法院"), tree.reviewerOf(basic, line));
    }
}
