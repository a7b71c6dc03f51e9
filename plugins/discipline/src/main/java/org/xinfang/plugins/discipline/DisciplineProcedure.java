package org.xinfang.plugins.discipline;

import static org.xinfang.api.plugin.GeneralProcedure.ACCEPTED;
import static org.xinfang.api.plugin.GeneralProcedure.DECIDED;
import static org.xinfang.api.plugin.GeneralProcedure.FORWARDED;
import static org.xinfang.api.plugin.GeneralProcedure.REGISTERED;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_CLERK;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_INVESTIGATOR;
import static org.xinfang.plugins.discipline.DisciplinePlugin.ROLE_LEADER;

import java.util.List;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.GeneralProcedure;
import org.xinfang.api.plugin.ProcedureDeclaration;
import org.xinfang.api.plugin.TransitionDeclaration;

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
 *   forwards it upward, sealed, straight from registration.</li>
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
        Set<String> leaders = Set.of(ROLE_LEADER);
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("信访举报处置程序", "Report handling procedure"),
                GeneralProcedure.ID,
                List.of(INQUIRY, PRELIMINARY_VERIFICATION, SHELVED, SETTLED),
                List.of(
                        new TransitionDeclaration("forwardUpwardSealed",
                                LocalizedText.of("反映本机关主要负责人，密封报送上一级",
                                        "About this body's head: forward upward, sealed"),
                                REGISTERED, FORWARDED, Set.of(ROLE_CLERK)),
                        new TransitionDeclaration("chooseInquiry",
                                LocalizedText.of("处置方式：谈话函询", "Handle by talk or letter of inquiry"),
                                ACCEPTED, INQUIRY, leaders),
                        new TransitionDeclaration("choosePreliminaryVerification",
                                LocalizedText.of("处置方式：初步核实", "Handle by preliminary verification"),
                                ACCEPTED, PRELIMINARY_VERIFICATION, leaders),
                        new TransitionDeclaration("shelve",
                                LocalizedText.of("处置方式：暂存待查", "Shelve pending further leads"),
                                ACCEPTED, SHELVED, leaders),
                        new TransitionDeclaration("settle",
                                LocalizedText.of("处置方式：予以了结", "Settle without further action"),
                                ACCEPTED, SETTLED, leaders),
                        new TransitionDeclaration("verifyAfterInquiry",
                                LocalizedText.of("函询未能说清，转初步核实",
                                        "Inquiry not conclusive: verify"),
                                INQUIRY, PRELIMINARY_VERIFICATION, leaders),
                        new TransitionDeclaration("settleAfterInquiry",
                                LocalizedText.of("说明清楚，予以了结", "Explained: settle"),
                                INQUIRY, SETTLED, leaders),
                        new TransitionDeclaration("resumeShelved",
                                LocalizedText.of("条件成熟，启动初步核实", "Take up a shelved lead"),
                                SHELVED, PRELIMINARY_VERIFICATION, leaders),
                        new TransitionDeclaration("reportVerification",
                                LocalizedText.of("报送初核报告", "Report the verification's findings"),
                                PRELIMINARY_VERIFICATION, DECIDED, Set.of(ROLE_INVESTIGATOR, ROLE_LEADER)),
                        new TransitionDeclaration("settleAfterVerification",
                                LocalizedText.of("反映不实，予以了结", "Not borne out: settle"),
                                PRELIMINARY_VERIFICATION, SETTLED, leaders)));
    }
}
