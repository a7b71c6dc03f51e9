package org.xinfang.core.application.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.cases.ServedNotices.Facts;
import org.xinfang.core.application.cases.ServedNotices.Served;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;

/** Which facts of a case a served notice fixes, so that a correction cannot make the case disagree with the paper. */
class ServedNoticesTest {

    private static final Facts STORED = new Facts("拖欠工资", "反映某公司拖欠三个月工资", "劳动社保");

    private static List<String> refused(List<Served> served, Facts given) {
        return new ServedNotices(served).refusals(Locale.SIMPLIFIED_CHINESE, STORED, given).stream().map(FieldProblem::field).toList();
    }

    @Test
    void beforeAnyNoticeEverythingIsCorrectable() {
        assertEquals(List.of(), refused(List.of(), new Facts("拖欠工资款", "新内容", "城乡建设")));
    }

    @Test
    void anAcceptanceNoticeFixesTheSubjectItStatesButNotTheContentOrCategory() {
        List<Served> accepted = List.of(new Served(NoticeKind.ACCEPTANCE, "朝信受〔2026〕3号"));
        assertEquals(List.of("subject"), refused(accepted, new Facts("拖欠工资款", "新内容", "城乡建设")));
        assertEquals(List.of(), refused(accepted, new Facts("拖欠工资", "新内容", "城乡建设")));
    }

    @Test
    void aLetterToAnotherBodyAlsoFixesTheContentItQuotes() {
        List<Served> forwarded = List.of(new Served(NoticeKind.FORWARD, "朝信转〔2026〕7号"));
        assertEquals(List.of("subject", "content"), refused(forwarded, new Facts("拖欠工资款", "新内容", "城乡建设")));
    }

    @Test
    void resendingTheSameFactsIsNoChangeEvenWithOtherSpacing() {
        List<Served> forwarded = List.of(new Served(NoticeKind.ASSIGNMENT, "朝信交〔2026〕1号"));
        assertEquals(List.of(), refused(forwarded, new Facts(" 拖欠工资 ", "反映某公司拖欠三个月工资", "其他")));
    }

    @Test
    void theRefusalNamesTheNoticeAndSaysACorrectionIsANewStep() {
        List<FieldProblem> problems = new ServedNotices(List.of(new Served(NoticeKind.ACCEPTANCE, "朝信受〔2026〕3号")))
                .refusals(Locale.SIMPLIFIED_CHINESE, STORED, new Facts("别的事由", STORED.content(), STORED.category()));
        String message = problems.get(0).message();
        assertTrue(message.contains("受理告知书") && message.contains("朝信受〔2026〕3号") && message.contains("新的步骤"), message);
        String english = new ServedNotices(List.of(new Served(NoticeKind.ACCEPTANCE, "No. 3")))
                .refusals(Locale.ENGLISH, STORED, new Facts("other", STORED.content(), STORED.category())).get(0).message();
        assertTrue(english.contains("No. 3") && english.contains("new step"), english);
    }
}
