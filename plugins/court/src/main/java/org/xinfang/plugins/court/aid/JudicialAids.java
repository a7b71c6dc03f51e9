package org.xinfang.plugins.court.aid;

import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Documents;
import org.xinfang.plugins.court.CourtPlugin;

/**
 * Judicial aid on a court's petition, step by step: the court's staff record the application, a
 * court leader approves (an amount from a source) or refuses (with the reason), the staff record the
 * payment and the petitioner's receipt, with the scanned receipt among the case's documents if there is
 * one. Every step is refused — with a message naming the problem and nothing saved — for a case the
 * caller cannot see (404), a caller without the role (403), bad input (400), an application in
 * another state or changed since the caller read it (409); every step is audited on the case's own trail.
 */
@ApplicationScoped
public class JudicialAids {

    /** The court's staff who record applications, payments and receipts. */
    static final String[] RECORDERS = {CourtPlugin.ROLE_RECEPTION, CourtPlugin.ROLE_JUDGE, CourtPlugin.ROLE_LEADER};

    public record Application(String applicant, String reason, BigDecimal amountAsked, LocalDate appliedOn) {
    }

    /** {@code approve} false refuses, and {@code note} is then the reason. */
    public record Decision(boolean approve, AidSource source, BigDecimal amountGranted, LocalDate decidedOn, String note) {
    }

    public record Payment(LocalDate paidOn, BigDecimal amountPaid, String paidBy, String note) {
    }

    /** A scanned receipt to keep with the case. */
    public record Scan(String fileName, byte[] content) {
    }

    public record Receipt(LocalDate receivedOn, String note, Scan scan) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private AuditTrail audit;

    @Inject
    private Documents documents;

    @Inject
    private Clock clock;

    /** The applications of a court case the caller sees, oldest first. */
    @Transactional
    public List<JudicialAid> of(Caller caller, long caseId) {
        readable(caller, caseId);
        return em.createNamedQuery("JudicialAid.ofCase", JudicialAid.class).setParameter("caseId", caseId).getResultList();
    }

    /** Whether the caller may record applications, payments and receipts on the case (false when not a visible court case). */
    @Transactional
    public boolean mayRecord(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> CourtPlugin.ID.equals(c.agencyType()))
                .map(c -> recorder(caller, c)).orElse(false);
    }

    /** Whether the caller may approve or refuse applications on the case. */
    @Transactional
    public boolean mayDecide(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> CourtPlugin.ID.equals(c.agencyType()))
                .map(c -> caller.hasRoleOver(CourtPlugin.ROLE_LEADER, c.unitPath())).orElse(false);
    }

    @Transactional
    public JudicialAid apply(Caller caller, long caseId, Application application) {
        CaseFacts c = courtCase(caller, caseId);
        if (!recorder(caller, c)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), "court.aid.forbidden.record"));
        }
        AidInput input = new AidInput(caller.locale());
        String applicant = input.text("applicant", application.applicant(), 50, true);
        String reason = input.text("reason", application.reason(), 1000, true);
        BigDecimal asked = input.amount("amountAsked", application.amountAsked());
        LocalDate on = input.date("appliedOn", application.appliedOn(), today(), c.receivedOn(), "caseReceivedOn");
        input.refuseIfAny();
        JudicialAid aid = new JudicialAid(caseId, c.unitId(), c.unitPath(), cases.protect(caller, caseId, applicant, 50),
                cases.protect(caller, caseId, reason, 1000), asked, on, caller.displayName());
        em.persist(aid);
        em.flush();
        audit.record(caller, AidAuditAction.COURT_AID_APPLIED, "Case", caseId, c.unitId(),
                "第" + aid.getId() + "号：" + on + " 申请 " + asked + " 元");
        return aid;
    }

    @Transactional
    public JudicialAid decide(Caller caller, long caseId, long aidId, long version, Decision decision) {
        CaseFacts c = courtCase(caller, caseId);
        if (!caller.hasRoleOver(CourtPlugin.ROLE_LEADER, c.unitPath())) {
            throw Refusal.forbidden(Texts.get(caller.locale(), "court.aid.forbidden.decide"));
        }
        JudicialAid aid = forStep(caller, caseId, aidId, version, AidState.APPROVED, "court.aid.step.decide");
        AidInput input = new AidInput(caller.locale());
        LocalDate on = input.date("decidedOn", decision.decidedOn(), today(), aid.getAppliedOn(), "appliedOn");
        if (decision.approve()) {
            AidSource source = input.required("source", decision.source());
            BigDecimal granted = input.amount("amountGranted", decision.amountGranted());
            if (granted != null && granted.compareTo(aid.getAmountAsked()) > 0) {
                input.problem("amountGranted", "court.aid.grantedOverAsked", aid.getAmountAsked());
            }
            String note = input.text("note", "decisionNote", decision.note(), 1000, false);
            input.refuseIfAny();
            aid.approve(source, granted, on, caller.displayName(), cases.protect(caller, caseId, note, 1000));
            audit.record(caller, AidAuditAction.COURT_AID_APPROVED, "Case", caseId, c.unitId(),
                    "第" + aidId + "号：" + granted + " 元，来源：" + source.label().in(Locale.CHINESE));
        } else {
            String why = input.text("note", "refusalReason", decision.note(), 1000, true);
            input.refuseIfAny();
            aid.refuse(on, caller.displayName(), cases.protect(caller, caseId, why, 1000));
            audit.record(caller, AidAuditAction.COURT_AID_REFUSED, "Case", caseId, c.unitId(), "第" + aidId + "号");
        }
        return flushed(aid);
    }

    @Transactional
    public JudicialAid pay(Caller caller, long caseId, long aidId, long version, Payment payment) {
        CaseFacts c = recordersCase(caller, caseId);
        JudicialAid aid = forStep(caller, caseId, aidId, version, AidState.PAID, "court.aid.step.pay");
        AidInput input = new AidInput(caller.locale());
        LocalDate on = input.date("paidOn", payment.paidOn(), today(), aid.getDecidedOn(), "decidedOn");
        BigDecimal paid = input.amount("amountPaid", payment.amountPaid());
        String by = input.text("paidBy", payment.paidBy(), 50, true);
        String note = input.text("note", "paymentNote", payment.note(), 500, false);
        if (paid != null && paid.compareTo(aid.getAmountGranted()) > 0) {
            input.problem("amountPaid", "court.aid.paidOverGranted", aid.getAmountGranted());
        } else if (paid != null && paid.compareTo(aid.getAmountGranted()) != 0 && note == null) {
            // Less than granted happens (paid in instalments, a deduction agreed) but is never silent.
            input.problem("note", "court.aid.paidDiffers", aid.getAmountGranted());
        }
        input.refuseIfAny();
        aid.pay(on, paid, cases.protect(caller, caseId, by, 50), cases.protect(caller, caseId, note, 500));
        audit.record(caller, AidAuditAction.COURT_AID_PAID, "Case", caseId, c.unitId(), "第" + aidId + "号：" + on + " 发放 " + paid + " 元");
        return flushed(aid);
    }

    @Transactional
    public JudicialAid acknowledge(Caller caller, long caseId, long aidId, long version, Receipt receipt) {
        CaseFacts c = recordersCase(caller, caseId);
        JudicialAid aid = forStep(caller, caseId, aidId, version, AidState.RECEIVED, "court.aid.step.receive");
        AidInput input = new AidInput(caller.locale());
        LocalDate on = input.date("receivedOn", receipt.receivedOn(), today(), aid.getPaidOn(), "paidOn");
        String note = input.text("note", "receiptNote", receipt.note(), 500, false);
        Scan scan = receipt.scan();
        if (scan != null) {
            input.text("scan", "scanFileName", scan.fileName(), 255, true);
            if (scan.content() == null || scan.content().length == 0) {
                input.problem("scan", "court.aid.scan.empty");
            }
        }
        input.refuseIfAny();
        Long documentId = scan == null ? null
                : documents.attach(caller, caseId, scan.fileName().strip(), Texts.get(caller.locale(), "court.aid.scan.title"),
                        scan.content(), false);
        aid.acknowledge(on, cases.protect(caller, caseId, note, 500), documentId);
        audit.record(caller, AidAuditAction.COURT_AID_RECEIVED, "Case", caseId, c.unitId(),
                "第" + aidId + "号：" + on + " 签收" + (documentId == null ? "" : "，签收单已存入文书"));
        return flushed(aid);
    }

    /** The case, if the caller sees it and it is a court's; otherwise the same 404 as for any case out of sight. */
    /** A court case the caller sees, or follows after sending it up for review (ADR 0034): it reads the aid and adds none. */
    private CaseFacts readable(Caller caller, long caseId) {
        return cases.findSeenOrFollowed(caller, caseId).filter(c -> CourtPlugin.ID.equals(c.agencyType()))
                .orElseGet(() -> courtCase(caller, caseId));
    }

    private CaseFacts courtCase(Caller caller, long caseId) {
        CaseFacts c = cases.get(caller, caseId);
        if (!CourtPlugin.ID.equals(c.agencyType())) {
            throw Refusal.notFound(Texts.get(caller.locale(), "court.aid.notCourt"));
        }
        return c;
    }

    private CaseFacts recordersCase(Caller caller, long caseId) {
        CaseFacts c = courtCase(caller, caseId);
        if (!recorder(caller, c)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), "court.aid.forbidden.record"));
        }
        return c;
    }

    /**
     * The application, locked until the step commits: a second leader deciding at the same moment
     * waits, then finds the version moved on and is told who was first (409), nothing saved twice.
     */
    private JudicialAid forStep(Caller caller, long caseId, long aidId, long version, AidState next, String stepKey) {
        // A decision names APPROVED: only an application awaiting the leader leads there (and to REFUSED).
        JudicialAid aid = em.find(JudicialAid.class, aidId, LockModeType.PESSIMISTIC_WRITE);
        if (aid == null || aid.getCaseId() != caseId) {
            throw Refusal.notFound(Texts.get(caller.locale(), "court.aid.notFound"));
        }
        String stateNow = aid.getState().label().in(caller.locale());
        if (aid.getVersion() != version) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.aid.changed", stateNow));
        }
        if (!aid.getState().leadsTo(next)) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.aid.wrongState", stateNow, Texts.get(caller.locale(), stepKey)));
        }
        return aid;
    }

    private JudicialAid flushed(JudicialAid aid) {
        // The version the answer carries is the one the next step must name.
        em.flush();
        return aid;
    }

    private boolean recorder(Caller caller, CaseFacts c) {
        for (String role : RECORDERS) {
            if (caller.hasRoleOver(role, c.unitPath())) {
                return true;
            }
        }
        return false;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
