package org.xinfang.plugins.personnel;

import static org.xinfang.api.procedure.GeneralProcedure.ACCEPTED;
import static org.xinfang.api.procedure.GeneralProcedure.ASSIGNED;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_ACCEPTANCE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_HANDLING;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_INTAKE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_OBJECTION;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REPORT_BACK;
import static org.xinfang.api.procedure.GeneralProcedure.DECLINED;
import static org.xinfang.api.procedure.GeneralProcedure.FORWARDED;
import static org.xinfang.api.procedure.GeneralProcedure.REGISTERED;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.TransitionDeclaration.step;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_CLERK;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_DEPUTY;
import static org.xinfang.plugins.personnel.PersonnelPlugin.ROLE_HEAD;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;

/**
 * The personnel bureau's addition to the general procedure, as seed 003 describes the bureau's letters:
 * "所有来信件局长亲自过目把关后，批转给分管领导或承办科室，承办科室再具体做好答复工作". The head reads
 * each letter addressed to them and writes an instruction (阅批); the deputy in charge may add theirs
 * (分管领导阅示); then the bureau's own section handles it and replies in writing within the handling
 * limit — or, when the head so instructs, it is assigned to another body or forwarded. A letter
 * addressed to the head admits no other step until the head has annotated it ({@link #BEFORE_ANNOTATION}).
 */
final class PersonnelProcedure {

    static final String ID = "personnel";

    /** 已阅批: the head has read the letter and written an instruction on it. */
    static final String ANNOTATED = "annotated";
    /** 分管领导已阅示: the deputy in charge has read the head's instruction and added theirs. */
    static final String DEPUTY_INSTRUCTED = "deputy_instructed";

    static final String ANNOTATE = "annotate";

    private PersonnelProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("局长阅批程序", "Head's annotation procedure"),
                GeneralProcedure.ID,
                List.of(state(ANNOTATED, "已阅批", "Annotated by the head"),
                        state(DEPUTY_INSTRUCTED, "分管领导已阅示", "Instructed by the deputy in charge")),
                List.of(
                        step(ANNOTATE, "局长阅批", "Annotate (head)")
                                .from(REGISTERED).to(ANNOTATED).roles(ROLE_HEAD).inputs(StepInput.REASON).build(),
                        step("deputyInstruct", "分管领导阅示", "Instruction of the deputy in charge")
                                .from(ANNOTATED).to(DEPUTY_INSTRUCTED).roles(ROLE_DEPUTY).inputs(StepInput.REASON).build(),
                        // The section is the bureau's own: the matter stays at the bureau, whose section
                        // handlers (承办科室) then decide it within the handling limit.
                        step("acceptForSection", "按批示受理，交本局承办科室办理", "Accept as instructed: a section of the bureau handles it")
                                .from(ANNOTATED, DEPUTY_INSTRUCTED).to(ACCEPTED).roles(ROLE_CLERK, ROLE_HEAD, ROLE_DEPUTY)
                                .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                                .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION).starts(CLOCK_HANDLING).build(),
                        step("declineAsAnnotated", "按批示不予受理并书面告知", "Decline as instructed, with written notice")
                                .from(ANNOTATED, DEPUTY_INSTRUCTED).to(DECLINED).roles(ROLE_CLERK, ROLE_HEAD, ROLE_DEPUTY)
                                .inputs(StepInput.REASON).notice(NoticeKind.DECLINE)
                                .stops(CLOCK_INTAKE, CLOCK_ACCEPTANCE, CLOCK_OBJECTION).build(),
                        step("assignAsAnnotated", "按批示交办下级机关", "Assign to a subordinate body as instructed")
                                .from(ANNOTATED, DEPUTY_INSTRUCTED).to(ASSIGNED).roles(ROLE_CLERK, ROLE_HEAD, ROLE_DEPUTY)
                                .inputs(StepInput.TARGET_UNIT, StepInput.DUE_DATE).notice(NoticeKind.ASSIGNMENT)
                                .moves(UnitMove.TO_TARGET)
                                .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION, CLOCK_REPORT_BACK).build(),
                        step("forwardAsAnnotated", "非本局职能，按批示转送", "Not the bureau's: forward as instructed")
                                .from(ANNOTATED, DEPUTY_INSTRUCTED).to(FORWARDED).roles(ROLE_CLERK, ROLE_HEAD, ROLE_DEPUTY)
                                .inputs(StepInput.TARGET_UNIT).notice(NoticeKind.FORWARD).moves(UnitMove.TO_TARGET)
                                .stops(CLOCK_INTAKE).starts(CLOCK_ACCEPTANCE, CLOCK_OBJECTION).build()),
                List.of());
    }

    /**
     * The steps that would take a registered matter anywhere but to the head: every step, of the
     * general procedure or of this one, that leaves {@code registered}, except the annotation itself.
     */
    static final Set<String> BEFORE_ANNOTATION = Stream.concat(GeneralProcedure.declaration().transitions().stream(),
                    declaration().transitions().stream())
            .filter(t -> t.from().contains(REGISTERED))
            .map(TransitionDeclaration::name)
            .filter(name -> !name.equals(ANNOTATE))
            .collect(Collectors.toUnmodifiableSet());
}
