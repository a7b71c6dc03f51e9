package org.xinfang.core.application.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;

class NoticeTextsTest {

    private static String body(NoticeFacts facts) {
        return String.join("\n", NoticeTexts.of(facts).paragraphs());
    }

    @Test
    void writesTheSignatureDateInChineseNumerals() {
        assertEquals("二〇二六年十一月二十三日", NoticeTexts.chineseDate(LocalDate.of(2026, 11, 23)));
        assertEquals("二〇二七年一月一日", NoticeTexts.chineseDate(LocalDate.of(2027, 1, 1)));
        assertEquals("二〇三〇年十月十日", NoticeTexts.chineseDate(LocalDate.of(2030, 10, 10)));
        assertEquals("二〇二六年二月二十日", NoticeTexts.chineseDate(LocalDate.of(2026, 2, 20)));
        assertEquals("二〇二六年十二月三十一日", NoticeTexts.chineseDate(LocalDate.of(2026, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> NoticeTexts.chineseNumber(100));
    }

    @Test
    void writesBodyDatesInArabicNumerals() {
        assertEquals("2026年3月5日", NoticeTexts.date(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void acceptanceTellsTheMatterTheSixtyDaysAndTheDueDate() {
        NoticeText text = NoticeTexts.of(NoticeSamples.acceptance());
        assertEquals("受理告知书", text.title());
        assertEquals("王喆", text.addressee());
        assertEquals("朝人社信受〔2026〕3号", text.number());
        assertEquals("二〇二六年十一月二十三日", text.signatureDate());
        String body = String.join("\n", text.paragraphs());
        assertTrue(body.startsWith("您于2026年11月9日反映的关于某建筑公司拖欠工资问题的信访事项（信访事项编号：XF-2026-000123），"
                + "经审查，属于本机关职权范围，本机关已依法受理。"), body);
        assertTrue(body.contains("本机关将自受理之日起60日内办结（办理期限至2027年1月22日），并书面答复您。"), body);
        assertTrue(body.endsWith("特此告知。"));
    }

    @Test
    void declinesLitigationMatterNamingTheArticleAndTheRoute() {
        String body = body(NoticeSamples.declineLitigation());
        assertTrue(body.contains("本机关决定不予受理。"), body);
        assertTrue(body.contains("不予受理的理由：您与用人单位之间因解除劳动合同产生的经济补偿争议属于劳动争议。"), body);
        assertTrue(body.contains("属于依法应当通过仲裁途径解决的事项。依照《信访工作条例》第三十一条的规定，本机关不作为信访事项受理。"), body);
        assertTrue(body.contains("请您依法向北京市朝阳区劳动人事争议仲裁委员会申请仲裁。"), body);
    }

    @Test
    void namesAGenericBodyForEachRouteWhenNoneIsGiven() {
        for (LegalRoute route : LegalRoute.values()) {
            NoticeFacts facts = NoticeSamples.edit(NoticeSamples.declineLitigation(), e -> {
                e.legalRoute = route;
                e.targetUnitName = null;
            });
            String expected = switch (route) {
                case LITIGATION -> "请您依法向有管辖权的人民法院提起诉讼。";
                case ARBITRATION -> "请您依法向有管辖权的仲裁机构申请仲裁。";
                case ADMINISTRATIVE_RECONSIDERATION -> "请您依法向有权的行政复议机关申请行政复议。";
            };
            assertTrue(body(facts).contains(expected), body(facts));
        }
    }

    @Test
    void declinesRepeatedFilingOfConcludedMatter() {
        String body = body(NoticeSamples.declineRepeated());
        assertTrue(body.contains("已经依法办理终结（原信访事项编号：XF-2024-000087）"), body);
        assertTrue(body.contains("仍然以同一事实和理由提出投诉请求的，不再受理。"), body);
        assertFalse(body.contains("第三十一条"), body);
    }

    @Test
    void forwardingLetterIsAddressedToTheReceivingBodyWithTheSummary() {
        NoticeText text = NoticeTexts.of(NoticeSamples.forward());
        assertEquals("转送函", text.title());
        assertEquals("北京市朝阳区住房和城乡建设委员会", text.addressee());
        String body = String.join("\n", text.paragraphs());
        assertTrue(body.startsWith("2026年11月9日，本机关收到信访人反映的关于小区电梯长期停运问题的信访事项（信访事项编号：XF-2026-000123）。"), body);
        assertTrue(body.contains("主要内容：信访人反映某小区3号楼电梯自2026年9月起停运"), body);
        assertTrue(body.contains("现转送你单位，请依法处理。"), body);
        assertTrue(body.contains("15日内书面告知信访人"), body);
        assertFalse(body.contains("办结报告"), body);
    }

    @Test
    void assignmentLetterFallsBackToTheTargetAndAsksForAReportByTheDueDate() {
        NoticeText text = NoticeTexts.of(NoticeSamples.assignment());
        assertEquals("交办函", text.title());
        assertEquals("北京市朝阳区住房和城乡建设委员会", text.addressee());
        String body = String.join("\n", text.paragraphs());
        assertTrue(body.contains("现交由你单位办理。"), body);
        assertTrue(body.contains("办理要求：请依法调查核实，督促物业公司限期维修，并做好信访人的解释工作。"), body);
        assertTrue(body.contains("请于2026年12月23日前将办理结果报送本机关，并提交办结报告。"), body);
    }

    @Test
    void extensionGivesReasonDaysAndNewDueDate() {
        String body = body(NoticeSamples.extension());
        assertTrue(body.contains("第三十三条的规定，办理期限延长30日，延长后的办理期限至2027年2月21日。"), body);
        assertTrue(body.contains("延期理由：涉及多家分包单位，需要逐一调取用工和工资支付记录。"), body);
    }

    @Test
    void decisionStatesOutcomeOpinionAndTheRightToAskForReview() {
        NoticeText text = NoticeTexts.of(NoticeSamples.decision());
        assertEquals("处理意见书", text.title());
        List<String> body = text.paragraphs();
        // Accepted maybe by the body that assigned it (a company's desk, for its workshop): not "本机关".
        assertTrue(body.get(0).endsWith("，已依法受理。经调查核实，现提出处理意见如下：") && !body.get(0).contains("本机关"), body.get(0));
        assertTrue(body.contains("经调查，您于2026年5月至8月在该公司承建的工地务工属实，该公司尚欠您工资38600元。"), body.toString());
        assertTrue(body.contains("本局已责令该公司于2026年12月10日前全额支付。"), body.toString());
        assertTrue(body.contains("依照《信访工作条例》第三十二条的规定，本机关对您的信访请求予以支持。"), body.toString());
        assertTrue(body.contains("如不服本处理意见，可以自收到本意见书之日起30日内向北京市人力资源和社会保障局申请复查，申请复查的截止日期为2026年12月23日。"),
                body.toString());
    }

    @Test
    void reviewDecisionPointsToReReview() {
        String body = body(NoticeSamples.review());
        assertTrue(body.contains("请求复查。本机关依照《信访工作条例》第三十五条的规定进行了复查"), body);
        assertTrue(body.contains("经复查，本机关对您的信访请求不予支持。"), body);
        assertTrue(body.contains("30日内向北京市人民政府申请复核，申请复核的截止日期为2026年12月23日。"), body);
    }

    @Test
    void reReviewDecisionIsFinalAndOffersNoFurtherStep() {
        String body = body(NoticeSamples.reReview());
        assertTrue(body.contains("经复核，本机关对您的信访请求作出上述解释说明。"), body);
        assertTrue(body.contains("本复核意见为最终意见，该信访事项已终结。"), body);
        assertFalse(body.contains("申请复查"), body);
        assertFalse(body.contains("申请复核"), body);
    }

    @Test
    void decisionWithoutABodyAboveSaysSoInsteadOfNamingOne() {
        NoticeFacts top = NoticeSamples.edit(NoticeSamples.decision(), e -> {
            e.outcome = Outcome.REJECT;
            e.reviewBodyName = "  ";
        });
        String body = body(top);
        assertTrue(body.contains("不予支持"), body);
        assertTrue(body.contains("本机关之上没有受理复查申请的机关，对本处理意见不能再申请复查。"), body);
        assertFalse(body.contains("日内向"), body);
    }

    @Test
    void reviewWithoutABodyAboveSaysNoReReviewCanBeAsked() {
        String body = body(NoticeSamples.edit(NoticeSamples.review(), e -> e.reviewBodyName = null));
        assertTrue(body.contains("本机关之上没有受理复核申请的机关，对本复查意见不能再申请复核。"), body);
    }

    @Test
    void theOpinionsNameTheLastDayToAskForTheNextReview() {
        String decision = body(NoticeSamples.edit(NoticeSamples.decision(), e -> e.reviewDueOn = LocalDate.of(2026, 12, 23)));
        assertTrue(decision.contains("如不服本处理意见，可以自收到本意见书之日起30日内向北京市人力资源和社会保障局申请复查，"
                + "申请复查的截止日期为2026年12月23日。"), decision);
        String review = body(NoticeSamples.edit(NoticeSamples.review(), e -> e.reviewDueOn = LocalDate.of(2027, 1, 4)));
        assertTrue(review.contains("30日内向北京市人民政府申请复核，申请复核的截止日期为2027年1月4日。"), review);
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void missingOptionalFactsAreLeftOutNeverPrintedAsNull(NoticeKind kind) {
        NoticeText text = NoticeTexts.of(NoticeSamples.bare(kind));
        String plain = text.plainText();
        assertFalse(plain.contains("null"), plain);
        assertFalse(plain.contains("（）"), plain);
        assertFalse(plain.contains("关于的"), plain);
        assertTrue(plain.contains(NoticeSamples.CASE), plain);
        assertEquals(kind.label().zh(), text.title());
        switch (kind) {
            case FORWARD, ASSIGNMENT -> assertNull(text.addressee());
            default -> assertEquals("信访人", text.addressee());
        }
    }

    @Test
    void freeTextBecomesSentencesOnePerLine() {
        assertEquals(List.of("理由：第一点。", "第二点！"), NoticeTexts.paragraphs("第一点，\n\n  第二点！ ", "理由："));
        assertEquals("已办结。", NoticeTexts.sentence("已办结；"));
        assertEquals("见附件（一）", NoticeTexts.sentence("见附件（一）"));
        assertTrue(NoticeTexts.paragraphs("   ", "理由：").isEmpty());
    }

    @Test
    void sealTextFallsBackToTheUnitName() {
        NoticeFacts noSeal = NoticeSamples.edit(NoticeSamples.acceptance(), e -> e.sealText = " ");
        assertEquals(NoticeSamples.UNIT, NoticeTexts.of(noSeal).sealText());
    }
}
