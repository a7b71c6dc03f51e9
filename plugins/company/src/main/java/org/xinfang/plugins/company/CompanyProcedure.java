package org.xinfang.plugins.company;

import static org.xinfang.api.plugin.GeneralProcedure.DECIDED;
import static org.xinfang.api.plugin.GeneralProcedure.REGISTERED;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_DESK;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_LEADER;
import static org.xinfang.plugins.company.CompanyPlugin.ROLE_WORKSHOP_HEAD;

import java.util.List;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.GeneralProcedure;
import org.xinfang.api.plugin.ProcedureDeclaration;
import org.xinfang.api.plugin.TransitionDeclaration;

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
                List.of(WORKSHOP_HANDLING, COMPANY_HANDLING),
                List.of(
                        new TransitionDeclaration("sendToWorkshop",
                                LocalizedText.of("交车间办理", "Send to the workshop"),
                                REGISTERED, WORKSHOP_HANDLING, Set.of(ROLE_DESK)),
                        new TransitionDeclaration("takeUpAtCompany",
                                LocalizedText.of("反映车间负责人，直接由公司办理",
                                        "About the workshop's management: handle at company level"),
                                REGISTERED, COMPANY_HANDLING, Set.of(ROLE_DESK, ROLE_LEADER)),
                        new TransitionDeclaration("resolveInWorkshop",
                                LocalizedText.of("车间办结答复", "Resolved by the workshop"),
                                WORKSHOP_HANDLING, DECIDED, Set.of(ROLE_WORKSHOP_HEAD)),
                        new TransitionDeclaration("escalateToCompany",
                                LocalizedText.of("车间无法解决，报公司办理", "Escalate to the company"),
                                WORKSHOP_HANDLING, COMPANY_HANDLING, Set.of(ROLE_WORKSHOP_HEAD, ROLE_DESK)),
                        new TransitionDeclaration("decideAtCompany",
                                LocalizedText.of("公司研究办结答复", "Decided by the company"),
                                COMPANY_HANDLING, DECIDED, Set.of(ROLE_LEADER))));
    }
}
