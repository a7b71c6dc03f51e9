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
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.ProcedureDeclaration;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;

/**
 * The company's two-level handling (车间、公司二级管理负责制) on top of the general procedure:
 * the desk sends a complaint to the workshop, the first line of defence, which resolves it or
 * escalates it to the company. A complaint about the workshop's own management goes straight to the
 * company, because sending it to the people it is about invites retaliation.
 */
final class CompanyProcedure {

    static final String ID = "company";

    /** 车间办理: the workshop head deals with it on the spot. */
    static final String WORKSHOP_HANDLING = "workshop_handling";
    /** 公司办理: the company's leaders deal with it. */
    static final String COMPANY_HANDLING = "company_handling";

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
                        step("sendToWorkshop", "受理并交车间办理", "Accept and send to the workshop")
                                .from(REGISTERED).to(WORKSHOP_HANDLING).roles(ROLE_DESK)
                                .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                                .stops(CLOCK_INTAKE).starts(CLOCK_HANDLING).build(),
                        step("takeUpAtCompany", "反映车间负责人，直接由公司办理",
                                "About the workshop's management: handle at company level")
                                .from(REGISTERED).to(COMPANY_HANDLING).roles(ROLE_DESK, ROLE_LEADER)
                                .notice(NoticeKind.ACCEPTANCE).when(Condition.notRepeatOfConcluded())
                                .stops(CLOCK_INTAKE).starts(CLOCK_HANDLING).build(),
                        decision("resolveInWorkshop", "车间办结答复", "Resolved by the workshop", WORKSHOP_HANDLING,
                                ROLE_WORKSHOP_HEAD),
                        step("escalateToCompany", "车间无法解决，报公司办理", "Escalate to the company")
                                .from(WORKSHOP_HANDLING).to(COMPANY_HANDLING).roles(ROLE_WORKSHOP_HEAD, ROLE_DESK)
                                .inputs(StepInput.REASON).build(),
                        decision("decideAtCompany", "公司研究办结答复", "Decided by the company", COMPANY_HANDLING,
                                ROLE_LEADER)),
                List.of());
    }

    /** An answer in writing, at either level; the petitioner's review window opens with it. */
    private static TransitionDeclaration decision(String name, String zh, String en, String from, String role) {
        return step(name, zh, en).from(from).to(DECIDED).roles(role)
                .inputs(StepInput.OUTCOME, StepInput.REASON).notice(NoticeKind.DECISION)
                .stops(CLOCK_HANDLING).starts(CLOCK_REVIEW_WINDOW).build();
    }
}
