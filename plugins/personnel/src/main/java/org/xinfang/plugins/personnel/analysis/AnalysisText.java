package org.xinfang.plugins.personnel.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.xinfang.api.port.Documents;

/**
 * The wording of a quarter's analysis (季度信访分析), as the bureau files it: the figures in sentences,
 * then the bureau's notes, then how the rates are counted. Worded in Chinese, the language the bureau
 * files in, whatever the reader's.
 */
public final class AnalysisText {

    /** The series of the analysis' number: 青人信析〔2025〕4号. */
    public static final String SERIES = "信析";

    /** The number a draft carries until the analysis is issued. */
    public static final String DRAFT_NUMBER = "（草稿，未印发）";

    static final String DEFINITIONS = "统计口径：来信含书信、局长信箱、网上信访和上级转交；答复率＝办理期限在本季度届满的事项中，"
            + "在期限内出具处理意见书的件数÷办理期限在本季度届满的事项数；办结率＝本季度受理的事项中，至季度末已出具处理意见书的件数÷本季度受理件数。"
            + "以上数字由系统根据各事项的登记、办理步骤和文书自动统计。";

    private AnalysisText() {
    }

    /** The document: the title names the unit's quarter; the body, one paragraph per entry. */
    public static Documents.Draft draft(QuarterFigures f, String notes) {
        return new Documents.Draft(SERIES, f.label() + "信访工作分析", null, paragraphs(f, notes));
    }

    static List<String> paragraphs(QuarterFigures f, String notes) {
        List<String> body = new ArrayList<>();
        body.add("一、来信来访情况。本季度（" + f.from() + "至" + f.to() + "）共收到来信" + f.letters() + "件，接待来访" + f.visits()
                + "批" + f.visitors() + "人次" + (f.calls() > 0 ? "，来电" + f.calls() + "件" : "") + "。");
        body.add("二、受理和办结情况。本季度受理" + f.accepted() + "件，至季度末已出具处理意见书办结" + f.concluded() + "件，办结率"
                + f.concludedRate().written() + (f.declined() > 0 ? "；不予受理并书面告知" + f.declined() + "件" : "") + "。");
        body.add("三、答复情况。办理期限在本季度届满的事项" + f.answersDue() + "件，按期书面答复" + f.answeredInTime() + "件，答复率"
                + f.answerRate().written() + "。");
        String categories = f.categories().stream().filter(c -> c.count() > 0).map(c -> c.label() + c.count() + "件")
                .collect(Collectors.joining("，"));
        body.add("四、反映问题的业务类别。" + (categories.isEmpty() ? "本季度没有收到信访事项。" : categories + "。"));
        List<String> noteLines = notes == null ? List.of() : notes.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (noteLines.isEmpty()) {
            body.add("五、分析和下一步工作。（本季度尚未填写。）");
        } else {
            body.add("五、分析和下一步工作。" + noteLines.get(0));
            body.addAll(noteLines.subList(1, noteLines.size()));
        }
        body.add(DEFINITIONS);
        return body;
    }
}
