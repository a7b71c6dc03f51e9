package org.xinfang.plugins.company.chain;

import org.xinfang.api.plugin.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.company.CompanyCaseForm;
import org.xinfang.plugins.company.CompanyPlugin;

/**
 * Changing a matter's chain of responsibility after registration (a post changed hands, a name was
 * mistyped). The company's desk and leaders change it — over the company's matters, wherever in the
 * company they are; a workshop head only reads it, being one of the people it names. Once the matter
 * has gone down with a complete chain, the chain stays complete: a level may be renamed, not emptied.
 */
@ApplicationScoped
public class ResponsibilityChains {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    /** The chain of a company matter the caller may see. */
    @Transactional
    public Chain of(Caller caller, long caseId) {
        return Chain.of(form(cases.get(caller, caseId), false));
    }

    /** Whether the caller may change the chain of this matter (the panel shows its editor then). */
    @Transactional
    public boolean mayChange(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> CompanyPlugin.ID.equals(c.agencyType()))
                .map(c -> changer(caller, c)).orElse(false);
    }

    /**
     * Replaces the chain of the matter with {@code chain}; refused — naming each field at fault or the
     * rule — with nothing saved.
     */
    @Transactional
    public Chain change(Caller caller, long caseId, Chain chain) {
        CaseFacts c = cases.get(caller, caseId);
        if (!CompanyPlugin.ID.equals(c.agencyType())) {
            throw Refusal.notFound("该事项不是企业员工诉求，没有责任链");
        }
        if (!changer(caller, c)) {
            throw Refusal.forbidden("只有公司信访办或公司领导可以修改责任链");
        }
        CompanyCaseForm stored = form(c, true);
        boolean wasComplete = stored.missingResponsibles().isEmpty();
        CompanyCaseForm proposed = new CompanyCaseForm();
        chain.applyTo(proposed);
        List<Refusal.Field> problems = validator.validate(proposed).stream()
                // The proposed form holds the chain only: the other fields' violations are not this change's.
                .filter(v -> v.getPropertyPath().toString().contains("Responsible"))
                .sorted(Comparator.comparing((ConstraintViolation<CompanyCaseForm> v) -> v.getPropertyPath().toString()))
                .map(v -> new Refusal.Field(v.getPropertyPath().toString(), v.getMessage())).toList();
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (wasComplete && !GeneralProcedure.REGISTERED.equals(c.state()) && !proposed.missingResponsibles().isEmpty()) {
            throw Refusal.conflict("事项已交车间办理，责任链不能缺少：" + String.join("、", proposed.missingResponsibles()));
        }
        Chain before = Chain.of(stored);
        chain.applyTo(stored);
        Chain after = Chain.of(stored);
        audit.record(caller, ChainAuditAction.COMPANY_CHAIN_CHANGED, "Case", caseId, c.unitId(), after.changesFrom(before));
        return after;
    }

    private boolean changer(Caller caller, CaseFacts c) {
        return caller.hasRoleOver(CompanyPlugin.ROLE_DESK, c.unitPath()) || caller.hasRoleOver(CompanyPlugin.ROLE_LEADER, c.unitPath());
    }

    private CompanyCaseForm form(CaseFacts c, boolean forChange) {
        CompanyCaseForm form = CompanyPlugin.ID.equals(c.agencyType())
                ? em.find(CompanyCaseForm.class, c.id(), forChange ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE) : null;
        if (form == null) {
            throw Refusal.notFound("该事项不是企业员工诉求，没有责任链");
        }
        return form;
    }
}
