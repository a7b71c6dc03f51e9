package org.xinfang.plugins.court;

import static org.xinfang.api.procedure.GeneralProcedure.ASSIGNED;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_ACCEPTANCE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_INTAKE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_OBJECTION;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REPORT_BACK;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REVIEW;
import static org.xinfang.api.procedure.GeneralProcedure.FORWARDED;
import static org.xinfang.api.procedure.GeneralProcedure.REGISTERED;
import static org.xinfang.api.procedure.GeneralProcedure.REVIEWING;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.StateDeclaration.terminal;
import static org.xinfang.api.procedure.TransitionDeclaration.step;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_JUDGE;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_LEADER;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_RECEPTION;

import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;

/**
 * The court's additions to the general procedure (涉诉信访):
 * <ul>
 *   <li>诉访分离 — a matter that belongs to litigation (appeal, retrial, enforcement objection) is
 *   not accepted as a petition; the receptionist steers it to the legal route and the petitioner is
 *   told in writing which route to take. That ends the petition.</li>
 *   <li>复查听证 — while reviewing, the court may hold a hearing with the parties, after which the
 *   review resumes. The hearing pauses the review clock.</li>
 * </ul>
 */
final class CourtProcedure {

    static final String ID = "court";

    /** Added states. */
    static final String STEERED_TO_LITIGATION = "steered_to_litigation";
    static final String REVIEW_HEARING = "review_hearing";

    private CourtProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("涉诉信访程序", "Litigation-related petition procedure"),
                GeneralProcedure.ID,
                List.of(terminal(STEERED_TO_LITIGATION, "已导入诉讼程序", "Steered to the legal route"),
                        state(REVIEW_HEARING, "复查听证中", "Review hearing")),
                List.of(
                        step("litigationRoute", "诉访分离：导入诉讼程序并书面告知",
                                "Steer to the legal route, with written guidance")
                                .from(REGISTERED, FORWARDED, ASSIGNED).to(STEERED_TO_LITIGATION)
                                .roles(ROLE_RECEPTION, ROLE_LEADER)
                                .inputs(StepInput.LEGAL_ROUTE, StepInput.REASON).notice(NoticeKind.DECLINE)
                                .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                        step("openReviewHearing", "组织复查听证（复查期限中止）", "Open a review hearing (the review clock pauses)")
                                .from(REVIEWING).to(REVIEW_HEARING).roles(ROLE_LEADER)
                                .inputs(StepInput.REASON).pauses(CLOCK_REVIEW).build(),
                        step("closeReviewHearing", "听证结束，继续复查", "Close the hearing and resume the review")
                                .from(REVIEW_HEARING).to(REVIEWING).roles(ROLE_JUDGE, ROLE_LEADER)
                                .resumes(CLOCK_REVIEW).build()),
                List.of());
    }
}
