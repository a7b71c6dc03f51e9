package org.xinfang.plugins.personnel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseHistories.Clock;
import org.xinfang.api.port.CaseHistories.History;
import org.xinfang.api.port.CaseHistories.Notice;
import org.xinfang.api.port.CaseHistories.Step;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.personnel.BusinessCategory;

/**
 * The rates on a hand-made third quarter of 2025 (1 July – 30 September), worked by hand:
 *
 * <pre>
 *     received  channel   head  category     reached    handling due  处理意见书
 *  A  07-03     letter    1     wages        accepted   09-01         08-20   in time, by quarter end
 *  B  07-10     mailbox   1     retirement   accepted   09-08         09-15   late, by quarter end
 *  C  08-01     visit     3     archives     accepted   09-30         —       due in the quarter, unanswered
 *  D  09-20     visit     2     archives     accepted   11-19         10-05   after the quarter
 *  E  08-15     online    1     titles       declined   —             —
 *  F  05-10     letter    1     legacy       accepted   07-09         07-12   received before; due in it; late
 *  G  09-01     phone     1     recruitment  registered —             —
 *  I  07-20     letter    1     wages        accepted   09-18         09-18   on the day: in time
 *  H  10-02     letter    1     wages        accepted   12-01         10-10   after the quarter: not counted
 * </pre>
 *
 * 来信 A B E I = 4; 来访 C D = 2 批 5 人次; 来电 G = 1. 受理 A B C D I = 5, 不予受理 E = 1; 办结 (意见书 by
 * 09-30) A B I = 3, 办结率 3/5 = 60.0%. 应答复 (limit in the quarter) A B C F I = 5; 按期 A I = 2 (B, F late,
 * C unanswered), 答复率 2/5 = 40.0%. Categories of the quarter's matters: wages A I, retirement B,
 * titles E, recruitment G, archives C D, legacy none (F came in the quarter before).
 */
class QuarterFiguresTest {

    private final List<History> matters = new ArrayList<>();
    private final Map<Long, BusinessCategory> categories = new HashMap<>();

    @Test
    void ratesCountedAsWorkedByHand() {
        accepted('A', "2025-07-03", Channel.LETTER, 1, BusinessCategory.WAGES_WELFARE, "2025-09-01", "2025-08-20");
        accepted('B', "2025-07-10", Channel.MAILBOX, 1, BusinessCategory.RETIREMENT, "2025-09-08", "2025-09-15");
        accepted('C', "2025-08-01", Channel.VISIT, 3, BusinessCategory.ARCHIVES, "2025-09-30", null);
        accepted('D', "2025-09-20", Channel.VISIT, 2, BusinessCategory.ARCHIVES, "2025-11-19", "2025-10-05");
        matter('E', "2025-08-15", Channel.ONLINE, 1, BusinessCategory.TITLE, List.of(step(GeneralProcedure.DECLINED, "2025-08-20")),
                List.of(new Notice(NoticeKind.DECLINE, LocalDate.parse("2025-08-20"))), List.of());
        accepted('F', "2025-05-10", Channel.LETTER, 1, BusinessCategory.LEGACY, "2025-07-09", "2025-07-12");
        matter('G', "2025-09-01", Channel.PHONE, 1, BusinessCategory.RECRUITMENT, List.of(), List.of(), List.of());
        accepted('I', "2025-07-20", Channel.LETTER, 1, BusinessCategory.WAGES_WELFARE, "2025-09-18", "2025-09-18");
        accepted('H', "2025-10-02", Channel.LETTER, 1, BusinessCategory.WAGES_WELFARE, "2025-12-01", "2025-10-10");

        QuarterFigures f = QuarterFigures.count(new Quarter(2025, 3), matters, categories);

        assertEquals("2025-Q3", f.quarter());
        assertEquals("2025年第三季度", f.label());
        assertEquals(4, f.letters());
        assertEquals(2, f.visits());
        assertEquals(5, f.visitors());
        assertEquals(1, f.calls());
        assertEquals(5, f.accepted());
        assertEquals(1, f.declined());
        assertEquals(3, f.concluded());
        assertEquals(new QuarterFigures.Rate(3, 5, new BigDecimal("60.0")), f.concludedRate());
        assertEquals(5, f.answersDue());
        assertEquals(2, f.answeredInTime());
        assertEquals(new QuarterFigures.Rate(2, 5, new BigDecimal("40.0")), f.answerRate());
        assertEquals("40.0%", f.answerRate().written());
        Map<String, Integer> byCategory = new HashMap<>();
        f.categories().forEach(c -> byCategory.put(c.category(), c.count()));
        assertEquals(Map.of("WAGES_WELFARE", 2, "RETIREMENT", 1, "TITLE", 1, "RECRUITMENT", 1, "ARCHIVES", 2, "LEGACY", 0), byCategory);
    }

    @Test
    void aQuarterWithoutMattersHasNoRates() {
        QuarterFigures f = QuarterFigures.count(new Quarter(2025, 1), List.of(), Map.of());
        assertEquals(0, f.accepted());
        assertNull(f.answerRate().percent(), "nothing due: no percentage, not 0% or 100%");
        assertEquals("—", f.concludedRate().written());
    }

    @Test
    void aRateRoundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("92.3"), QuarterFigures.Rate.of(108, 117).percent());
        assertEquals(new BigDecimal("100.0"), QuarterFigures.Rate.of(7, 7).percent());
        assertEquals(new BigDecimal("66.7"), QuarterFigures.Rate.of(2, 3).percent());
    }

    @Test
    void theReportWordsTheFiguresAndTheNotes() {
        accepted('A', "2025-07-03", Channel.LETTER, 1, BusinessCategory.WAGES_WELFARE, "2025-09-01", "2025-08-20");
        QuarterFigures f = QuarterFigures.count(new Quarter(2025, 3), matters, categories);
        List<String> text = AnalysisText.paragraphs(f, "退休待遇咨询增多。\n\n下季度开展政策宣讲。");
        String all = String.join("\n", text);
        assertTrue(all.contains("共收到来信1件，接待来访0批0人次"), all);
        assertTrue(all.contains("办结率100.0%"), all);
        assertTrue(all.contains("答复率100.0%"), all);
        assertTrue(all.contains("工资福利1件"), all);
        assertTrue(all.contains("五、分析和下一步工作。退休待遇咨询增多。"), all);
        assertTrue(text.contains("下季度开展政策宣讲。"), "each line of the notes its own paragraph: " + text);
        assertTrue(AnalysisText.paragraphs(f, null).contains("五、分析和下一步工作。（本季度尚未填写。）"));
    }

    private void accepted(char key, String received, Channel channel, int head, BusinessCategory category, String due, String decided) {
        List<Step> steps = new ArrayList<>(List.of(step(GeneralProcedure.ACCEPTED, received)));
        List<Notice> notices = new ArrayList<>(List.of(new Notice(NoticeKind.ACCEPTANCE, LocalDate.parse(received))));
        if (decided != null) {
            steps.add(step(GeneralProcedure.DECIDED, decided));
            notices.add(new Notice(NoticeKind.DECISION, LocalDate.parse(decided)));
        }
        Clock handling = new Clock(GeneralProcedure.CLOCK_HANDLING, LocalDate.parse(received), LocalDate.parse(due),
                decided == null ? null : LocalDate.parse(decided));
        matter(key, received, channel, head, category, steps, notices, List.of(handling));
    }

    private void matter(char key, String received, Channel channel, int head, BusinessCategory category, List<Step> steps,
                        List<Notice> notices, List<Clock> clocks) {
        CaseFacts facts = new CaseFacts(key, "青人〔2025〕" + key + "号", "personnel", 1, "青州市人事局", "/1/9/", "x", "事项" + key,
                LocalDate.parse(received), 1, null, 1);
        matters.add(new History(facts, channel, head, steps, notices, clocks));
        categories.put((long) key, category);
    }

    private static Step step(String to, String on) {
        return new Step("step", GeneralProcedure.REGISTERED, to, LocalDate.parse(on).atTime(10, 0));
    }
}
