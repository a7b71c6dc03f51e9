package org.xinfang.core.application.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;

/**
 * The wording of each kind of notice, as petition offices write them under the 信访工作条例 (2022):
 * the matter and its number, what was decided, on which article, and what the addressee may do next.
 * A fact that is missing leaves its phrase out; nothing is ever printed as "null".
 */
public final class NoticeTexts {

    /** The statutory window for asking a review or re-review when the facts give none (第三十五条、第三十六条). */
    static final int DEFAULT_REVIEW_WINDOW_DAYS = 30;

    private static final String REGULATION = "《信访工作条例》";
    private static final String DIGITS = "〇一二三四五六七八九";

    private NoticeTexts() {
    }

    /** The notice the facts describe, worded for its kind. */
    public static NoticeText of(NoticeFacts facts) {
        List<String> body = switch (facts.kind()) {
            case ACCEPTANCE -> acceptance(facts);
            case DECLINE -> decline(facts);
            case FORWARD, ASSIGNMENT -> referral(facts);
            case EXTENSION -> extension(facts);
            case DECISION, REVIEW, RE_REVIEW -> opinion(facts);
        };
        String addressee = switch (facts.kind()) {
            case FORWARD, ASSIGNMENT -> firstOf(clean(facts.addressee()), clean(facts.targetUnitName()));
            default -> firstOf(clean(facts.addressee()), "信访人");
        };
        return new NoticeText(facts.unitName().strip(), facts.kind().label().zh(), facts.number().strip(), addressee,
                body, chineseDate(facts.issuedOn()), firstOf(clean(facts.sealText()), facts.unitName().strip()));
    }

    private static List<String> acceptance(NoticeFacts f) {
        List<String> body = new ArrayList<>();
        body.add(matter(f) + "，经审查，属于本机关职权范围，本机关已依法受理。");
        body.addAll(paragraphs(f.reason(), null));
        String due = f.dueDate() == null ? "" : "（办理期限至" + date(f.dueDate()) + "）";
        body.add("本机关将自受理之日起60日内办结" + due + "，并书面答复您。情况复杂需要延长办理期限的，将另行书面告知延期理由。");
        body.add("特此告知。");
        return body;
    }

    private static List<String> decline(NoticeFacts f) {
        List<String> body = new ArrayList<>();
        body.add(matter(f) + "，经审查，本机关决定不予受理。");
        body.addAll(paragraphs(f.reason(), "不予受理的理由："));
        String concluded = clean(f.concludedCaseNumber());
        String target = clean(f.targetUnitName());
        if (concluded != null) {
            body.add("经查，您反映的事项已经依法办理终结（原信访事项编号：" + concluded + "）。依照" + REGULATION
                    + "第三十六条的规定，信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理。");
        } else if (f.legalRoute() != null) {
            body.add("您反映的事项属于依法应当通过" + f.legalRoute().label().zh() + "途径解决的事项。依照" + REGULATION
                    + "第三十一条的规定，本机关不作为信访事项受理。请您依法" + routeAction(f.legalRoute(), target)
                    + "。法律对提出期限有规定的，请在规定期限内提出。");
        } else if (target != null) {
            body.add("您反映的事项不属于本机关职权范围，请向" + target + "提出。");
        }
        body.add("特此告知。");
        return body;
    }

    private static String routeAction(LegalRoute route, String target) {
        return switch (route) {
            case LITIGATION -> "向" + firstOf(target, "有管辖权的人民法院") + "提起诉讼";
            case ARBITRATION -> "向" + firstOf(target, "有管辖权的仲裁机构") + "申请仲裁";
            case ADMINISTRATIVE_RECONSIDERATION -> "向" + firstOf(target, "有权的行政复议机关") + "申请行政复议";
        };
    }

    private static List<String> referral(NoticeFacts f) {
        List<String> body = new ArrayList<>();
        String received = f.receivedOn() == null ? "" : date(f.receivedOn()) + "，";
        body.add(received + "本机关收到信访人反映的" + subject(f) + "（信访事项编号：" + f.caseNumber().strip() + "）。");
        body.addAll(paragraphs(f.summary(), "主要内容："));
        boolean assigned = f.kind() == NoticeKind.ASSIGNMENT;
        body.add("经审查，该事项属于你单位职权范围。依照" + REGULATION + "第二十二条的规定，现"
                + (assigned ? "交由你单位办理。" : "转送你单位，请依法处理。")
                + "请自收到之日起15日内书面告知信访人接收情况以及处理途径和程序；不属于你单位职权范围的，请自收到之日起5个工作日内提出异议，并详细说明理由。");
        body.addAll(paragraphs(f.reason(), "办理要求："));
        if (assigned) {
            body.add(f.dueDate() == null
                    ? "请在规定期限内将办理结果报送本机关，并提交办结报告。"
                    : "请于" + date(f.dueDate()) + "前将办理结果报送本机关，并提交办结报告。");
        }
        body.add("此函。");
        return body;
    }

    private static List<String> extension(NoticeFacts f) {
        List<String> body = new ArrayList<>();
        // The body that accepted may be the one above that assigned the matter here: "已依法受理", not "本机关".
        body.add(matter(f) + "，已依法受理。");
        String days = f.extensionDays() == null ? null : f.extensionDays() + "日";
        String until = f.dueDate() == null ? null : date(f.dueDate());
        String extended;
        if (days != null && until != null) {
            extended = "办理期限延长" + days + "，延长后的办理期限至" + until + "。";
        } else if (days != null) {
            extended = "办理期限延长" + days + "。";
        } else if (until != null) {
            extended = "办理期限延长至" + until + "。";
        } else {
            extended = "办理期限予以延长。";
        }
        body.add("因该事项情况复杂，不能在规定期限内办结，经本机关负责人批准，依照" + REGULATION + "第三十三条的规定，" + extended);
        body.addAll(paragraphs(f.reason(), "延期理由："));
        body.add("本机关将在延长后的期限内办结，并书面答复您。");
        body.add("特此告知。");
        return body;
    }

    private static List<String> opinion(NoticeFacts f) {
        List<String> body = new ArrayList<>();
        String matter = subject(f) + "（信访事项编号：" + f.caseNumber().strip() + "）";
        switch (f.kind()) {
            case DECISION -> body.add(matter(f) + "，已依法受理。经调查核实，现提出处理意见如下：");
            case REVIEW -> body.add("您不服对您反映的" + matter + "作出的处理意见，请求复查。本机关依照" + REGULATION
                    + "第三十五条的规定进行了复查，现提出复查意见如下：");
            default -> body.add("您不服对您反映的" + matter + "作出的复查意见，请求复核。本机关依照" + REGULATION
                    + "第三十六条的规定进行了复核，现提出复核意见如下：");
        }
        body.addAll(paragraphs(f.reason(), null));
        if (f.outcome() != null) {
            String lead = switch (f.kind()) {
                case DECISION -> "依照" + REGULATION + "第三十二条的规定，本机关";
                case REVIEW -> "经复查，本机关";
                default -> "经复核，本机关";
            };
            body.add(lead + outcomeClause(f.outcome()));
        }
        String reviewBody = clean(f.reviewBodyName());
        int window = f.reviewWindowDays() > 0 ? f.reviewWindowDays() : DEFAULT_REVIEW_WINDOW_DAYS;
        switch (f.kind()) {
            case DECISION -> body.add(nextReview("本处理意见", "复查", reviewBody, window, f.reviewDueOn()));
            case REVIEW -> body.add(nextReview("本复查意见", "复核", reviewBody, window, f.reviewDueOn()));
            default -> body.add("本复核意见为最终意见，该信访事项已终结。依照" + REGULATION
                    + "第三十六条的规定，您对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。");
        }
        body.add("特此答复。");
        return body;
    }

    /**
     * Where and by when to ask for the next review (第三十五条、第三十六条); when no body lies above the
     * issuing one, says so plainly, because the petitioner must not be sent looking for one.
     */
    private static String nextReview(String opinion, String review, String reviewBody, int window, LocalDate dueOn) {
        if (reviewBody == null) {
            return "本机关之上没有受理" + review + "申请的机关，对" + opinion + "不能再申请" + review + "。";
        }
        String until = dueOn == null ? "" : "，申请" + review + "的截止日期为" + date(dueOn);
        return "如不服" + opinion + "，可以自收到本意见书之日起" + window + "日内向" + reviewBody + "申请" + review + until + "。";
    }

    private static String outcomeClause(Outcome outcome) {
        return switch (outcome) {
            case SUPPORT -> "对您的信访请求予以支持。";
            case EXPLAIN -> "对您的信访请求作出上述解释说明。";
            case REJECT -> "对您的信访请求不予支持。";
        };
    }

    /** 您于2026年3月5日反映的关于…的信访事项（信访事项编号：…） */
    private static String matter(NoticeFacts f) {
        String when = f.receivedOn() == null ? "" : "于" + date(f.receivedOn());
        return "您" + when + "反映的" + subject(f) + "（信访事项编号：" + f.caseNumber().strip() + "）";
    }

    /** 关于拖欠工资问题的信访事项, or 信访事项 when the matter has no subject line. */
    private static String subject(NoticeFacts f) {
        String subject = clean(f.subject());
        if (subject == null) {
            return "信访事项";
        }
        subject = stripEnd(subject, "。.；;，,");
        if (subject.isEmpty()) {
            return "信访事项";
        }
        String about = subject.startsWith("关于") ? subject : "关于" + subject;
        return about + (about.endsWith("的") ? "" : "的") + "信访事项";
    }

    /** A free text as paragraphs, one per non-blank line, each ending as a sentence; the first carries the lead. */
    static List<String> paragraphs(String text, String lead) {
        List<String> result = new ArrayList<>();
        String cleaned = clean(text);
        if (cleaned == null) {
            return result;
        }
        for (String line : cleaned.split("\\R")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                result.add((result.isEmpty() && lead != null ? lead : "") + sentence(paragraph));
            }
        }
        return result;
    }

    /** The text ending with sentence punctuation: a trailing comma or semicolon becomes 。, a bare end gets one. */
    static String sentence(String text) {
        String trimmed = stripEnd(text, "，,；;、");
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return "。！？!?…”」）)".indexOf(last) >= 0 ? trimmed : trimmed + "。";
    }

    /** 2026年3月5日: dates inside the body, as current official writing has them. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 二〇二六年十一月二十三日: the date above the seal. */
    public static String chineseDate(LocalDate date) {
        StringBuilder year = new StringBuilder();
        String digits = Integer.toString(date.getYear());
        for (int i = 0; i < digits.length(); i++) {
            year.append(DIGITS.charAt(digits.charAt(i) - '0'));
        }
        return year + "年" + chineseNumber(date.getMonthValue()) + "月" + chineseNumber(date.getDayOfMonth()) + "日";
    }

    /** 1 to 99 in Chinese numerals: 九, 十, 十一, 二十, 二十三. */
    static String chineseNumber(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("数字超出范围（1–99）/ number out of range (1–99): " + n);
        }
        int tens = n / 10;
        int units = n % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return units == 0 ? text : text + DIGITS.charAt(units);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static String stripEnd(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }
}
