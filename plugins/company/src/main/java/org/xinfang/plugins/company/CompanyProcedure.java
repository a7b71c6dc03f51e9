package org.xinfang.plugins.company;

import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_HANDLING;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_INTAKE;
import static org.xinfang.api.procedure.GeneralProcedure.CLOCK_REVIEW_WINDOW;
import static org.xinfang.api.procedure.GeneralProcedure.DECIDED;
import static org.xinfang.api.procedure.GeneralProcedure.REGISTERED;
import static org.xinfang.api.procedure.StateDeclaration.state;
import static org.xinfang.api.procedure.TransitionDeclaration.step;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_DESK;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_LEADER;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_WORKSHOP_HEAD;

import java.util.List;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.api.procedure.UnitMove;

/**
 * The company's two-level handling (车间、公司二级管理负责制) on top of the general procedure:
 * the desk sends a complaint to the workshop, the first line of defence, which resolves it or
 * escalates it to the company. A complaint about the workshop's own management goes straight to the
 * company, because sending it to the people it is about invites retaliation.
 *
 * <p>Sending down moves the matter to the workshop the desk names (a workshop directly under the
 * company: {@link CompanyPlugin#refusesMove}); the workshop's head then holds it and the company keeps
 * sight of it, the workshop being in its subtree. The workshop has {@link #CLOCK_WORKSHOP} working days
 * (a setting, {@code clock.company.workshop.days}); a matter still there when it lapses goes up to the
 * company by itself ({@link WorkshopDeadline}), as does one the workshop sends up by hand.
 */
final class CompanyProcedure {

    static final String ID = "company";

    /** 车间办理: the workshop head deals with it on the spot. */
    static final String WORKSHOP_HANDLING = "workshop_handling";
    /** 公司办理: the company's leaders deal with it. */
    static final String COMPANY_HANDLING = "company_handling";

    static final String SEND_TO_WORKSHOP = "sendToWorkshop";
    static final String ESCALATE = "escalateToCompany";

    /** 车间办理期限: how long the workshop has before the matter goes up to the company by itself. */
    static final String CLOCK_WORKSHOP = "workshop";

    /**
     * Ten working days: the company's rules ask the workshop to resolve a complaint on the spot and
     * early (早发现、早化解) without fixing a number; two working weeks leave the company most of the
     * statutory 60 days. The administrator changes it under the clock's setting.
     */
    static final int WORKSHOP_DAYS = 10;

    private CompanyProcedure() {
    }

    static ProcedureDeclaration declaration() {
        return new ProcedureDeclaration(
                ID,
                LocalizedText.of("车间、公司两级办理程序", "Workshop and company two-level procedure"),
                GeneralProcedure.ID,
                List.of(state(WORKSHOP_HANDLING, "车间办理中", "Handled by the workshop"),
                        state(COMPANY_HANDLING, "公司办理中", "Handled by the company")),
                List.of(
                        step(SEND_TO_WORKSHOP, "受理并交车间办理", "Accept and send to the workshop")
                                .from(REGISTERED).to(WORKSHOP_HANDLING).roles(ROLE_DESK)
                                .inputs(StepInput.TARGET_UNIT).moves(UnitMove.TO_TARGET)
                                .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                                .stops(CLOCK_INTAKE).starts(CLOCK_HANDLING, CLOCK_WORKSHOP).build(),
                        step("takeUpAtCompany", "反映车间负责人，直接由公司办理",
                                "About the workshop's management: handle at company level")
                                .from(REGISTERED).to(COMPANY_HANDLING).roles(ROLE_DESK, ROLE_LEADER)
                                .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                                .stops(CLOCK_INTAKE).starts(CLOCK_HANDLING).build(),
                        decision("resolveInWorkshop", "车间办结答复", "Resolved by the workshop", WORKSHOP_HANDLING,
                                ROLE_WORKSHOP_HEAD),
                        // Up the company's own line: from a workshop, the company it belongs to.
                        step(ESCALATE, "车间无法解决，报公司办理", "Escalate to the company")
                                .from(WORKSHOP_HANDLING).to(COMPANY_HANDLING).roles(ROLE_WORKSHOP_HEAD, ROLE_DESK)
                                .inputs(StepInput.REASON).moves(UnitMove.UP_LINE).stops(CLOCK_WORKSHOP).build(),
                        decision("decideAtCompany", "公司研究办结答复", "Decided by the company", COMPANY_HANDLING,
                                ROLE_LEADER)),
                List.of(ClockDeclaration.of(CLOCK_WORKSHOP, "车间办理期限", "Workshop's time to resolve", WORKSHOP_DAYS,
                        DayCount.WORKING)));
    }

    /** An answer in writing, at either level; the petitioner's review window opens with it. */
    private static TransitionDeclaration decision(String name, String zh, String en, String from, String role) {
        return step(name, zh, en).from(from).to(DECIDED).roles(role)
                .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.DECISION)
                .stops(CLOCK_HANDLING, CLOCK_WORKSHOP).starts(CLOCK_REVIEW_WINDOW).build();
    }
}
