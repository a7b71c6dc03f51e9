package org.xinfang.plugins.company.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.Refusal;

/**
 * A follow-up check as typed: texts trimmed, blank for none. {@code aspects} and {@code actionTaken}
 * belong to a check that found retaliation, and are required then.
 */
public record CheckInput(LocalDate checkedOn, String checkedBy, Finding finding, Set<Aspect> aspects, String actionTaken, String note) {

    static final int LONGEST_NAME = 50;
    static final int LONGEST_TEXT = 500;

    public CheckInput {
        checkedBy = Texts.trimmed(checkedBy);
        actionTaken = Texts.trimmed(actionTaken);
        note = Texts.trimmed(note);
        aspects = aspects == null ? Set.of() : Set.copyOf(aspects);
    }

    /** What is wrong with it for a protection that began {@code since}, each field named; empty when nothing. */
    List<Refusal.Field> problems(LocalDate since, LocalDate today, Locale locale) {
        List<Refusal.Field> problems = new ArrayList<>();
        if (checkedOn == null) {
            problems.add(field("checkedOn", "请填写回访日期", "Give the date of the check", locale));
        } else if (checkedOn.isAfter(today)) {
            problems.add(field("checkedOn", "回访日期不能晚于今天", "The date of the check cannot be in the future", locale));
        } else if (checkedOn.isBefore(since)) {
            problems.add(field("checkedOn", "回访日期不能早于保护开始日期（" + since + "）",
                    "The date of the check cannot be before the protection began (" + since + ")", locale));
        }
        if (checkedBy == null) {
            problems.add(field("checkedBy", "请填写回访人", "Name who checked", locale));
        } else if (checkedBy.length() > LONGEST_NAME) {
            problems.add(field("checkedBy", "回访人不超过" + LONGEST_NAME + "个字符", "Who checked: at most " + LONGEST_NAME + " characters", locale));
        }
        if (finding == null) {
            problems.add(field("finding", "请选择回访结论：是否发现打击报复", "Choose the finding: whether retaliation was found", locale));
        } else if (finding == Finding.RETALIATION_FOUND) {
            if (aspects.isEmpty()) {
                problems.add(field("aspects", "发现打击报复的，请选择涉及的方面（薪酬、岗位、考核、待遇）",
                        "Retaliation found: choose where (pay, post, assessment, treatment)", locale));
            }
            if (actionTaken == null) {
                problems.add(field("actionTaken", "发现打击报复的，请填写采取的处理措施", "Retaliation found: say what was done about it", locale));
            }
        } else if (!aspects.isEmpty() || actionTaken != null) {
            problems.add(field("finding", "未发现打击报复的，不填写涉及方面和处理措施",
                    "No retaliation found: leave the aspects and the action empty", locale));
        }
        Texts.tooLong("actionTaken", actionTaken, LONGEST_TEXT, "处理措施", "The action taken", locale).ifPresent(problems::add);
        Texts.tooLong("note", note, LONGEST_TEXT, "备注", "The note", locale).ifPresent(problems::add);
        return problems;
    }

    private static Refusal.Field field(String name, String zh, String en, Locale locale) {
        return new Refusal.Field(name, LocalizedText.of(zh, en).in(locale));
    }
}
