package org.xinfang.plugins.discipline;

import static org.xinfang.api.model.DayCount.WORKING;
import static org.xinfang.api.procedure.GeneralProcedure.ACCEPTED;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_ACCEPTANCE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_HANDLING;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_INTAKE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_OBJECTION;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REVIEW_WINDOW;
import static org.xinfang.api.procedure.GeneralProcedure.DECIDED;
import static org.xinfang.api.procedure.GeneralProcedure.FORWARDED;
import static org.xinfang.api.procedure.GeneralProcedure.REGISTERED;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.StateDeclaration.terminal;
import static org.xinfang.api.procedure.TransitionDeclaration.step;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_CLERK;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_INVESTIGATOR;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_LEADER;

import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;
import org.xinfang.plugins.discipline.upward.HeadReports;

/**
 * The discipline committee's additions to the general procedure (信访举报):
 * <ul>
 *   <li>Once a report is accepted, the leadership chooses one of the four handling methods for the
 *   lead (问题线索处置): 谈话函询, 初步核实, 暂存待查, 予以了结. These are decisions of the
 *   committee's leaders, not of the clerk who registered the report.</li>
 *   <li>An inquiry that does not dispel the concern goes on to preliminary verification; a shelved
 *   lead is taken up again when conditions allow; a verification ends in a decision (the general
 *   procedure's {@code decided}) or, when the allegation is not borne out, is settled.</li>
 *   <li>A report about the committee's own head cannot be handled by its own staff: the clerk
 *   sends it, sealed, straight from registration to the next discipline commission up the agency
 *   line — never to the petition bureau the committee hangs under in the tree.</li>
 *   <li>Its clocks run in working days: a signed report is acknowledged within 15 working days (an
 *   anonymous one starts no such clock: there is nobody to tell), and
 *   a lower committee receiving a report accepts or forwards it within 5 working days.</li>
 * </ul>
 */
final class DisciplineProcedure {

    static final String ID = "discipline";


    /** 谈话函询 */
    static final String INQUIRY = "inquiry";
    /** 初步核实 */
    static final String PRELIMINARY_VERIFICATION = "preliminary_verification";
    /** 暂存待查 */
    static final String SHELVED = "shelved";
    /** 予以了结 */
    static final String SETTLED = "settled";

    private DisciplineProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("信访举报处置程序", "Report handling procedure"),
                GeneralProcedure.ID,
                List.of(state(INQUIRY, "谈话函询", "Inquiry"),
                        state(PRELIMINARY_VERIFICATION, "初步核实", "Preliminary verification"),
                        state(SHELVED, "暂存待查", "Shelved"),
                        terminal(SETTLED, "予以了结", "Settled")),
                List.of(
                        step(HeadReports.SEALED_STEP, "反映本机关主要负责人，密封报送上一级纪委监委",
                                "About this body's head: send sealed to the commission above")
                                .from(REGISTERED).to(FORWARDED).roles(ROLE_CLERK)
                                .notice(NoticeKind.FORWARD).moves(UnitMove.UP_LINE)
                                .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION).build(),
                        leaders("chooseInquiry", "处置方式：谈话函询", "Handle by talk or letter of inquiry", ACCEPTED, INQUIRY),
                        leaders("choosePreliminaryVerification", "处置方式：初步核实", "Handle by preliminary verification",
                                ACCEPTED, PRELIMINARY_VERIFICATION),
                        leaders("shelve", "处置方式：暂存待查", "Shelve pending further leads", ACCEPTED, SHELVED),
                        settle("settle", "处置方式：予以了结", "Settle without further action", ACCEPTED),
                        leaders("verifyAfterInquiry", "函询未能说清，转初步核实", "Inquiry not conclusive: verify",
                                INQUIRY, PRELIMINARY_VERIFICATION),
                        settle("settleAfterInquiry", "说明清楚，予以了结", "Explained: settle", INQUIRY),
                        leaders("resumeShelved", "条件成熟，启动初步核实", "Take up a shelved lead", SHELVED,
                                PRELIMINARY_VERIFICATION),
                        step("reportVerification", "报送初核报告并出具处理意见", "Report the verification's findings")
                                .from(PRELIMINARY_VERIFICATION).to(DECIDED).roles(ROLE_INVESTIGATOR, ROLE_LEADER)
                                .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.DECISION)
                                .stops(CLOCK_HANDLING).starts(CLOCK_REVIEW_WINDOW).build(),
                        settle("settleAfterVerification", "反映不实，予以了结", "Not borne out: settle",
                                PRELIMINARY_VERIFICATION)),
                List.of(
                        ClockDeclaration.of(CLOCK_INTAKE, "实名举报受理告知", "Acknowledge a signed report", 15, WORKING)
                                .startingAtRegistration(),
                        ClockDeclaration.of(CLOCK_ACCEPTANCE, "下级受理或转送", "Lower level accepts or forwards", 5, WORKING)));
    }

    /** A choice of handling method: the committee's leaders' decision, with their reasons. */
    private static TransitionDeclaration leaders(String name, String zh, String en, String from, String to) {
        return step(name, zh, en).from(from).to(to).roles(ROLE_LEADER).inputs(StepInput.REASON).build();
    }

    private static TransitionDeclaration settle(String name, String zh, String en, String from) {
        return step(name, zh, en).from(from).to(SETTLED).roles(ROLE_LEADER).inputs(StepInput.REASON)
                .stops(CLOCK_HANDLING).build();
    }
}
