package org.xinfang.plugins.personnel;

import static org.xinfang.api.procedure.GeneralProcedure.ASSIGNED;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_ACCEPTANCE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_INTAKE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_OBJECTION;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REPORT_BACK;
import static org.xinfang.api.procedure.GeneralProcedure.FORWARDED;
import static org.xinfang.api.procedure.GeneralProcedure.REGISTERED;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.TransitionDeclaration.step;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_CLERK;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_HEAD;

import java.util.List;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.UnitMove;

/**
 * The personnel bureau's addition to the general procedure: the head's annotation (阅批). Letters
 * pass the head, who reads each one and writes an instruction; the clerk then assigns it to the
 * section the head named (or, when the matter is not the bureau's, forwards it to the competent
 * body), so no letter is assigned on the clerk's own reading.
 */
final class PersonnelProcedure {

    static final String ID = "personnel";

    /** 已阅批: the head has read the letter and written an instruction on it. */
    static final String ANNOTATED = "annotated";

    private PersonnelProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("局长阅批程序", "Head's annotation procedure"),
                GeneralProcedure.ID,
                List.of(state(ANNOTATED, "已阅批", "Annotated by the head")),
                List.of(
                        step("annotate", "局长阅批", "Annotate (head)")
                                .from(REGISTERED).to(ANNOTATED).roles(ROLE_HEAD).inputs(StepInput.REASON).build(),
                        step("assignAsAnnotated", "按批示交办承办科室", "Assign as the head instructed")
                                .from(ANNOTATED).to(ASSIGNED).roles(ROLE_CLERK, ROLE_HEAD)
                                .inputs(StepInput.TARGET_UNIT, StepInput.DUE_DATE).notice(NoticeKind.ASSIGNMENT)
                                .moves(UnitMove.TO_TARGET)
                                .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                        step("forwardAsAnnotated", "非本局职能，按批示转送", "Not the bureau's: forward as instructed")
                                .from(ANNOTATED).to(FORWARDED).roles(ROLE_CLERK, ROLE_HEAD)
                                .inputs(StepInput.TARGET_UNIT).notice(NoticeKind.FORWARD).moves(UnitMove.TO_TARGET)
                                .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION).build()),
                List.of());
    }
}
