package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.plugin.testkit.ReviewTree;

/**
 * Where a commission's decision is reviewed, in the demo's shape: the provincial commission beside the
 * province's bureau, the city commission under the city's bureau, township commissions under it.
 */
class DisciplineReviewLineTest {

    private final ReviewTree tree = new ReviewTree();
    private final ReviewLine.Body province = tree.add("山东省信访局", "general", UnitLevel.PROVINCE, null);
    private final ReviewLine.Body provincialCommission = tree.add("山东省纪委监委", "discipline", UnitLevel.PROVINCE, province);
    private final ReviewLine.Body city = tree.add("青州市信访局", "general", UnitLevel.CITY, province);
    private final ReviewLine.Body cityCommission = tree.add("青州市纪委监委", "discipline", UnitLevel.CITY, city);
    private final ReviewLine.Body township = tree.add("城关镇纪委", "discipline", UnitLevel.TOWNSHIP, cityCommission);
    private final ReviewLine line = new DisciplinePlugin().reviewLine();

    @Test
    void aTownshipCommissionIsReviewedByTheCityCommission() {
        assertEquals(Optional.of("青州市纪委监委"), tree.reviewerOf(township, line));
    }

    @Test
    void theCityCommissionIsReviewedByTheProvincialCommissionNotByThePetitionBureauItHangsUnder() {
        assertEquals(Optional.of("山东省纪委监委"), tree.reviewerOf(cityCommission, line));
    }

    @Test
    void aCommissionBesideTheCityCommissionIsAPeerNotAReviewer() {
        ReviewLine.Body peer = tree.add("青州市另一纪委", "discipline", UnitLevel.CITY, city);
        assertEquals(Optional.of("山东省纪委监委"), tree.reviewerOf(peer, line));
    }

    @Test
    void theProvincialCommissionHasNoneAbove() {
        assertTrue(tree.reviewerOf(provincialCommission, line).isEmpty());
    }
}
