package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.cases.MatterSimilarity;

class MatterSimilarityTest {

    @Test
    void theSameTextIsTheSameMatter() {
        assertEquals(1.0, MatterSimilarity.of("反映原纺织厂拖欠工资", "反映原纺织厂拖欠工资"));
    }

    @Test
    void aRetellingOfTheSameFactsIsTheSameMatter() {
        String first = "原青州纺织厂破产后职工集体追讨拖欠工资。纺织厂2019年破产，拖欠职工工资及经济补偿至今未发放，要求清偿。";
        String again = "原青州纺织厂职工追讨拖欠工资：纺织厂2019年破产后，拖欠的工资和经济补偿至今未发放，再次要求清偿。";
        assertTrue(MatterSimilarity.of(first, again) >= MatterSimilarity.SAME_MATTER, String.valueOf(MatterSimilarity.of(first, again)));
    }

    @Test
    void anotherMatterOfTheSamePetitionerIsNot() {
        String wages = "原青州纺织厂破产后职工集体追讨拖欠工资，要求清偿。";
        String pension = "养老保险在原单位改制期间断缴两年，要求社保机构允许补缴并认定视同缴费年限。";
        assertTrue(MatterSimilarity.of(wages, pension) < MatterSimilarity.SAME_MATTER, String.valueOf(MatterSimilarity.of(wages, pension)));
    }

    @Test
    void punctuationAndSpacesDoNotCount() {
        assertEquals(1.0, MatterSimilarity.of("拖欠 工资，要求清偿。", "拖欠工资要求清偿"));
        assertEquals(0.0, MatterSimilarity.of("", "拖欠工资"));
    }
}
