package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.plugin.testkit.ReviewTree;

/** A personnel bureau is a government department: the administrative body of its level reviews it. */
class PersonnelReviewLineTest {

    private final ReviewTree tree = new ReviewTree();
    private final ReviewLine.Body province = tree.add("山东省信访局", "general", UnitLevel.PROVINCE, null);
    private final ReviewLine.Body city = tree.add("青州市信访局", "general", UnitLevel.CITY, province);
    private final ReviewLine.Body bureau = tree.add("青州市人事局", "personnel", UnitLevel.OFFICE, city);
    private final ReviewLine line = new PersonnelPlugin().reviewLine();

    @Test
    void theCitysPersonnelBureauIsReviewedByTheCityAndTheCityByTheProvince() {
        assertEquals(Optional.of("青州市信访局"), tree.reviewerOf(bureau, line));
        assertEquals(Optional.of("山东省信访局"), tree.reviewerOf(city, line));
    }
}
