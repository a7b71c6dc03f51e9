package org.xinfang.plugins.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.api.procedure.ReviewLine;
import org.xinfang.plugin.testkit.ReviewTree;

/** Where a workshop's or a company's answer is reviewed: 二级管理 inside the company's own tree. */
class CompanyReviewLineTest {

    private final ReviewTree tree = new ReviewTree();
    private final ReviewLine.Body province = tree.add("山东省信访局", "general", UnitLevel.PROVINCE, null);
    private final ReviewLine.Body city = tree.add("青州市信访局", "general", UnitLevel.CITY, province);
    private final ReviewLine.Body company = tree.add("青州重工集团有限公司", "company", UnitLevel.COMPANY, city);
    private final ReviewLine.Body foundry = tree.add("青州重工铸造车间", "company", UnitLevel.WORKSHOP, company);
    private final ReviewLine line = new CompanyPlugin().reviewLine();

    @Test
    void aWorkshopsAnswerIsReviewedAtTheCompanyLevel() {
        assertEquals(Optional.of("青州重工集团有限公司"), tree.reviewerOf(foundry, line));
    }

    @Test
    void theCompanysOwnAnswerHasNoReviewerAboveItWhenItIsTheTopCompany() {
        assertTrue(tree.reviewerOf(company, line).isEmpty());
    }

    @Test
    void aSubsidiaryIsReviewedByItsGroupButNeverByAnotherCompanyElsewhereInTheTree() {
        ReviewLine.Body county = tree.add("青州市朝阳区信访局", "general", UnitLevel.COUNTY, city);
        ReviewLine.Body other = tree.add("朝阳建材有限公司", "company", UnitLevel.COMPANY, county);
        ReviewLine.Body subsidiary = tree.add("青州重工铸件有限公司", "company", UnitLevel.COMPANY, company);
        assertEquals(Optional.of("青州重工集团有限公司"), tree.reviewerOf(subsidiary, line));
        assertTrue(tree.reviewerOf(other, line).isEmpty(), "青州重工 stands beside the county bureau, not above 朝阳建材");
    }
}
