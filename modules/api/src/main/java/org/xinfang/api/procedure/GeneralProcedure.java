package org.xinfang.api.procedure;

import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.UnitMove;
import static org.xinfang.api.model.DayCount.CALENDAR;
import static org.xinfang.api.model.DayCount.WORKING;
import static org.xinfang.api.procedure.ClockDeclaration.of;
import static org.xinfang.api.plugin.CoreRole.CLERK;
import static org.xinfang.api.plugin.CoreRole.HANDLER;
import static org.xinfang.api.plugin.CoreRole.LEADER;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.StateDeclaration.terminal;
import static org.xinfang.api.procedure.TransitionDeclaration.step;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;

/**
 * The general procedure of the 信访工作条例 (2022), which every agency's procedure extends: its
 * states, clocks and transitions by the names plugins use. Every number is the statutory default;
 * the administrator may change each (see {@link ClockDeclaration#settingKey(String)}).
 */
public final class GeneralProcedure {

    public static final String ID = "general";

    public static final String REGISTERED = "registered";
    public static final String FORWARDED = "forwarded";
    public static final String ASSIGNED = "assigned";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";
    public static final String HANDLING = "handling";
    public static final String DECIDED = "decided";
    public static final String REVIEWING = "reviewing";
    public static final String REVIEWED = "reviewed";
    public static final String RE_REVIEWING = "re_reviewing";
    public static final String HEARING = "hearing";
    public static final String CONCLUDED = "concluded";

    /** 第二十二条: a petition office forwards or assigns (or the competent body accepts) within 15 days. */
    public static final String CLOCK_INTAKE = "intake";
    /** 第二十五条: a body receiving a forwarded or assigned matter tells the petitioner within 15 days. */
    public static final String CLOCK_ACCEPTANCE = "acceptance";
    /** A body that is not competent objects within 5 working days, or the matter is its own. */
    public static final String CLOCK_OBJECTION = "objection";
    /**
     * The report-back date the assigning office sets on a 交办: it runs until the receiving body reports
     * the result back (审结备案, the core's supervision), not merely until it decides.
     */
    public static final String CLOCK_REPORT_BACK = "report_back";
    /** 第三十二条: decide within 60 days of acceptance; one extension of at most 30 days. */
    public static final String CLOCK_HANDLING = "handling";
    /** 第三十五条: the petitioner may ask for a review within 30 days of receiving the decision. */
    public static final String CLOCK_REVIEW_WINDOW = "review_window";
    /** The review body decides within 30 days. */
    public static final String CLOCK_REVIEW = "review";
    /** 第三十六条: a re-review may be asked within 30 days of the review decision. */
    public static final String CLOCK_RE_REVIEW_WINDOW = "re_review_window";
    /** The re-review body decides within 30 days; a hearing pauses this clock. */
    public static final String CLOCK_RE_REVIEW = "re_review";

    /**
     * The periods the law counts from the petitioner's receiving a decision (收到…之日起): when a notice
     * is served later than the step that issued it (fetched on the portal), the windows it opened run
     * from service instead.
     */
    public static final Set<String> WINDOWS_FROM_SERVICE = Set.of(CLOCK_REVIEW_WINDOW, CLOCK_RE_REVIEW_WINDOW);

    private static final ProcedureDeclaration DECLARATION = new ProcedureDeclaration(
            ID,
            LocalizedText.of("信访事项办理程序（《信访工作条例》）", "General petition procedure (Regulations on Petition Work)"),
            null,
            List.of(
                    state(REGISTERED, "已登记", "Registered"),
                    state(FORWARDED, "已转送，待受理", "Forwarded, awaiting acceptance"),
                    state(ASSIGNED, "已交办，待受理", "Assigned, awaiting acceptance"),
                    state(ACCEPTED, "已受理", "Accepted"),
                    terminal(DECLINED, "不予受理", "Not accepted"),
                    state(HANDLING, "办理中", "Handling"),
                    state(DECIDED, "已出具处理意见", "Decided"),
                    state(REVIEWING, "复查中", "Under review"),
                    state(REVIEWED, "已出具复查意见", "Review decided"),
                    state(RE_REVIEWING, "复核中", "Under re-review"),
                    state(HEARING, "复核听证中", "Re-review hearing"),
                    terminal(CONCLUDED, "已终结", "Concluded")),
            List.of(
                    step("forward", "转送有权处理机关", "Forward to the competent body")
                            .from(REGISTERED).to(FORWARDED).roles(CLERK, LEADER)
                            .inputs(StepInput.TARGET_UNIT).notice(NoticeKind.FORWARD).moves(UnitMove.TO_TARGET)
                            .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION).build(),
                    step("assign", "交办并限期报告结果", "Assign with a report-back date")
                            .from(REGISTERED).to(ASSIGNED).roles(CLERK, LEADER)
                            .inputs(StepInput.TARGET_UNIT, StepInput.DUE_DATE).notice(NoticeKind.ASSIGNMENT)
                            .moves(UnitMove.TO_TARGET)
                            .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                    step("object", "非本机关职权，提出异议退回", "Not competent: object and return")
                            .from(FORWARDED, ASSIGNED).to(REGISTERED).roles(CLERK, LEADER)
                            .inputs(StepInput.REASON).moves(UnitMove.BACK).when(Condition.within(CLOCK_OBJECTION))
                            .stops(CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).starts(CLOCK_INTAKE).build(),
                    step("accept", "受理并书面告知", "Accept, with written notice")
                            .from(REGISTERED, FORWARDED, ASSIGNED).to(ACCEPTED).roles(CLERK, LEADER)
                            .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                            .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION).starts(CLOCK_HANDLING).build(),
                    // The same matter concluded before is answered "not accepted again" (declineRepeat);
                    // only a leader, writing why (new facts, new reasons), may accept it once more.
                    step("acceptRepeat", "领导说明理由，再次受理已终结的同一事项", "Leader accepts a concluded matter again, stating why")
                            .from(REGISTERED, FORWARDED, ASSIGNED).to(ACCEPTED).roles(LEADER)
                            .inputs(StepInput.REASON).notice(NoticeKind.ACCEPTANCE).when(Condition.repeatOfConcluded())
                            .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION).starts(CLOCK_HANDLING).build(),
                    step("decline", "不予受理并书面告知", "Decline, with written notice")
                            .from(REGISTERED, FORWARDED, ASSIGNED).to(DECLINED).roles(CLERK, LEADER)
                            .inputs(StepInput.REASON).notice(NoticeKind.DECLINE)
                            .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                    step("declineLegalRoute", "诉访分离：告知通过法定途径解决", "Litigation matter: name the legal route")
                            .from(REGISTERED, FORWARDED, ASSIGNED).to(DECLINED).roles(CLERK, LEADER)
                            .inputs(StepInput.LEGAL_ROUTE, StepInput.REASON).notice(NoticeKind.DECLINE)
                            .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                    step("declineRepeat", "同一事项已终结，不再受理", "Concluded before: not accepted again")
                            .from(REGISTERED, FORWARDED, ASSIGNED).to(DECLINED).roles(CLERK, LEADER)
                            .notice(NoticeKind.DECLINE).when(Condition.repeatOfConcluded())
                            .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                    step("startHandling", "交承办人办理", "Hand to the handler")
                            .from(ACCEPTED).to(HANDLING).roles(CLERK, LEADER).build(),
                    step("extend", "延长办理期限（领导批准）", "Extend the time limit (leader's approval)")
                            .from(ACCEPTED, HANDLING).to(HANDLING).roles(LEADER)
                            .inputs(StepInput.REASON, StepInput.EXTENSION_DAYS).notice(NoticeKind.EXTENSION)
                            .extendsClock(CLOCK_HANDLING).build(),
                    step("decide", "出具处理意见书", "Issue the decision")
                            .from(ACCEPTED, HANDLING).to(DECIDED).roles(HANDLER, LEADER)
                            .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.DECISION)
                            .stops(CLOCK_HANDLING).starts(CLOCK_REVIEW_WINDOW).build(),
                    step("rate", "记录信访人满意度评价", "Record the petitioner's rating")
                            .from(DECIDED).to(DECIDED).roles(CLERK, HANDLER, LEADER)
                            .inputs(StepInput.RATING).build(),
                    step("requestReview", "信访人申请复查", "Petitioner asks for a review")
                            .from(DECIDED).to(REVIEWING).roles(CLERK, LEADER)
                            .inputs(StepInput.REASON).moves(UnitMove.REVIEW_BODY).when(Condition.within(CLOCK_REVIEW_WINDOW))
                            .stops(CLOCK_REVIEW_WINDOW).starts(CLOCK_REVIEW).build(),
                    step("decideReview", "出具复查意见书", "Issue the review decision")
                            .from(REVIEWING).to(REVIEWED).roles(HANDLER, LEADER)
                            .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.REVIEW)
                            .stops(CLOCK_REVIEW).starts(CLOCK_RE_REVIEW_WINDOW).build(),
                    step("requestReReview", "信访人申请复核", "Petitioner asks for a re-review")
                            .from(REVIEWED).to(RE_REVIEWING).roles(CLERK, LEADER)
                            .inputs(StepInput.REASON).moves(UnitMove.REVIEW_BODY).when(Condition.within(CLOCK_RE_REVIEW_WINDOW))
                            .stops(CLOCK_RE_REVIEW_WINDOW).starts(CLOCK_RE_REVIEW).build(),
                    step("openHearing", "举行听证（复核期限中止）", "Hold a hearing (the re-review clock pauses)")
                            .from(RE_REVIEWING).to(HEARING).roles(LEADER)
                            .inputs(StepInput.REASON).pauses(CLOCK_RE_REVIEW).build(),
                    step("closeHearing", "听证结束，恢复复核", "Close the hearing, resume the re-review")
                            .from(HEARING).to(RE_REVIEWING).roles(HANDLER, LEADER)
                            .resumes(CLOCK_RE_REVIEW).build(),
                    step("decideReReview", "出具复核意见书，终结", "Issue the re-review decision: concluded")
                            .from(RE_REVIEWING).to(CONCLUDED).roles(HANDLER, LEADER)
                            .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.RE_REVIEW)
                            .stops(CLOCK_RE_REVIEW).build(),
                    step("concludeLapsedReview", "复查申请期限届满，终结", "No review asked in time: concluded")
                            .from(DECIDED).to(CONCLUDED).roles(CLERK, LEADER)
                            .when(Condition.lapsed(CLOCK_REVIEW_WINDOW)).stops(CLOCK_REVIEW_WINDOW).build(),
                    step("concludeLapsedReReview", "复核申请期限届满，终结", "No re-review asked in time: concluded")
                            .from(REVIEWED).to(CONCLUDED).roles(CLERK, LEADER)
                            .when(Condition.lapsed(CLOCK_RE_REVIEW_WINDOW)).stops(CLOCK_RE_REVIEW_WINDOW).build(),
                    step("concludeFinalDecision", "上级无受理复查的机关，处理意见即为终结", "No body above to review: the decision is final")
                            .from(DECIDED).to(CONCLUDED).roles(CLERK, LEADER)
                            .when(Condition.noReviewBody()).stops(CLOCK_REVIEW_WINDOW).build(),
                    step("concludeFinalReview", "上级无受理复核的机关，复查意见即为终结", "No body above to re-review: the review is final")
                            .from(REVIEWED).to(CONCLUDED).roles(CLERK, LEADER)
                            .when(Condition.noReviewBody()).stops(CLOCK_RE_REVIEW_WINDOW).build()),
            List.of(
                    of(CLOCK_INTAKE, "登记后转送、交办或受理", "Forward, assign or accept after registration", 15, CALENDAR)
                            .startingAtRegistration(),
                    of(CLOCK_ACCEPTANCE, "书面告知是否受理", "Tell the petitioner whether it is accepted", 15, CALENDAR),
                    of(CLOCK_OBJECTION, "非本机关职权的异议期", "Objection by a body that is not competent", 5, WORKING),
                    of(CLOCK_REPORT_BACK, "交办报告办理结果", "Report back on the assigned matter", 0, CALENDAR).withGivenDueDate(),
                    of(CLOCK_HANDLING, "办理并出具处理意见", "Decide the matter", 60, CALENDAR).extendableBy(30),
                    of(CLOCK_REVIEW_WINDOW, "申请复查期限", "Window to ask for a review", 30, CALENDAR),
                    of(CLOCK_REVIEW, "复查办理", "Decide the review", 30, CALENDAR),
                    of(CLOCK_RE_REVIEW_WINDOW, "申请复核期限", "Window to ask for a re-review", 30, CALENDAR),
                    of(CLOCK_RE_REVIEW, "复核办理", "Decide the re-review", 30, CALENDAR)));

    public static final Set<String> STATES = DECLARATION.states().stream().map(StateDeclaration::name)
            .collect(Collectors.toUnmodifiableSet());

    private GeneralProcedure() {
    }

    public static ProcedureDeclaration declaration() {
        return DECLARATION;
    }
}
