package org.xinfang.plugins.court;

import static org.xinfang.api.plugin.GeneralProcedure.REGISTERED;
import static org.xinfang.api.plugin.GeneralProcedure.REVIEWING;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_JUDGE;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_LEADER;
import static org.xinfang.plugins.court.CourtPlugin.ROLE_RECEPTION;

import java.util.List;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.GeneralProcedure;
import org.xinfang.api.plugin.ProcedureDeclaration;
import org.xinfang.api.plugin.TransitionDeclaration;

/**
 * The court's additions to the general procedure (涉诉信访):
 * <ul>
 *   <li>诉访分离 — a matter that belongs to litigation (appeal, retrial, enforcement objection) is
 *   not accepted as a petition; the receptionist steers it to the legal route and the petitioner is
 *   told in writing which route to take. That ends the petition.</li>
 *   <li>复查听证 — while reviewing, the court may hold a hearing with the parties, after which the
 *   review resumes. A hearing pauses the review clock; the declaration cannot say so yet (the
 *   contract has no clock rules), so the engine must know that {@link #REVIEW_HEARING} pauses.</li>
 * </ul>
 */
final class CourtProcedure {

    static final String ID = "court";

    /** Added states. */
    static final String STEERED_TO_LITIGATION = "steered_to_litigation";
    static final String REVIEW_HEARING = "review_hearing";

    /** States of the general procedure this one hooks into. */

    private CourtProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("涉诉信访程序", "Litigation-related petition procedure"),
                GeneralProcedure.ID,
                List.of(STEERED_TO_LITIGATION, REVIEW_HEARING),
                List.of(
                        new TransitionDeclaration("litigationRoute",
                                LocalizedText.of("诉访分离：导入诉讼程序并书面告知",
                                        "Steer to the legal route, with written guidance"),
                                REGISTERED, STEERED_TO_LITIGATION,
                                Set.of(ROLE_RECEPTION, ROLE_LEADER)),
                        new TransitionDeclaration("openReviewHearing",
                                LocalizedText.of("组织复查听证", "Open a review hearing"),
                                REVIEWING, REVIEW_HEARING,
                                Set.of(ROLE_LEADER)),
                        new TransitionDeclaration("closeReviewHearing",
                                LocalizedText.of("听证结束，继续复查", "Close the hearing and resume the review"),
                                REVIEW_HEARING, REVIEWING,
                                Set.of(ROLE_JUDGE, ROLE_LEADER))));
    }
}
