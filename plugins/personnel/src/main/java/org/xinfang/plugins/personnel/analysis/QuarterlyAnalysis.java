package org.xinfang.plugins.personnel.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseHistories;
import org.xinfang.api.port.Documents;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.personnel.BusinessCategory;
import org.xinfang.plugins.personnel.PersonnelCaseForm;
import org.xinfang.plugins.personnel.PersonnelPlugin;
import org.xinfang.plugins.personnel.kernel.PersonnelAuditAction;
import org.xinfang.api.plugin.Refusal;

/**
 * The bureau's quarterly analysis (每季度分析): the quarter's figures counted from its matters, the
 * notes its head or clerk write, and the document — a draft until the head issues it, after which the
 * notes are closed and the PDF is the one issued. Whoever sees the bureau reads it; its clerk, head and
 * deputy write the notes; the head issues it once the quarter is over.
 */
@ApplicationScoped
public class QuarterlyAnalysis {

    /** A quarter's analysis as the page and the API show it. */
    public record Analysis(long unitId, String unitName, QuarterFigures figures, String notes, String notesUpdatedBy,
                           LocalDateTime notesUpdatedAt, String issuedNumber, LocalDate issuedOn, boolean mayWrite, boolean mayIssue) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseHistories histories;

    @Inject
    private Documents documents;

    @Inject
    private Organisation organisation;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Transactional
    public Analysis of(Caller caller, long unitId, String quarter) {
        Organisation.Unit bureau = bureau(caller, unitId);
        Quarter q = Quarter.parse(quarter, "quarter", today());
        return analysis(caller, bureau, q, stored(bureau, q, LockModeType.NONE));
    }

    /** The figures alone, as {@link #of} counts them. */
    @Transactional
    public QuarterFigures figures(Caller caller, long unitId, Quarter q) {
        return count(caller, bureau(caller, unitId), q);
    }

    /** Saves the bureau's notes on the quarter (empty clears them); closed once the analysis is issued. */
    @Transactional
    public Analysis writeNotes(Caller caller, long unitId, String quarter, String notes) {
        Organisation.Unit bureau = bureau(caller, unitId);
        Quarter q = Quarter.parse(quarter, "quarter", today());
        if (!writer(caller, bureau)) {
            throw Refusal.forbidden("只有本局信访登记、局长或分管副局长可以填写季度分析");
        }
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > QuarterReport.LONGEST_NOTES) {
            throw Refusal.invalid("notes", "分析意见最多" + QuarterReport.LONGEST_NOTES + "个字，现有" + text.length() + "个字");
        }
        QuarterReport report = stored(bureau, q, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> {
            QuarterReport created = new QuarterReport(bureau.id(), q, caller.username(), LocalDateTime.now(clock));
            em.persist(created);
            return created;
        });
        if (report.isIssued()) {
            throw Refusal.conflict(q.label() + "分析已印发（" + report.getIssuedNumber() + "），不能再修改分析意见");
        }
        report.write(text, caller.username(), LocalDateTime.now(clock));
        audit.record(caller, PersonnelAuditAction.PERSONNEL_QUARTER_NOTES, "PersonnelQuarterReport", q.toString(), bureau.id(),
                text == null ? "cleared" : text.length() + " characters");
        return analysis(caller, bureau, q, Optional.of(report));
    }

    /** The head issues the analysis of a quarter that is over: it takes its number and the text is kept as issued. */
    @Transactional
    public Analysis issue(Caller caller, long unitId, String quarter) {
        Organisation.Unit bureau = bureau(caller, unitId);
        LocalDate today = today();
        Quarter q = Quarter.parse(quarter, "quarter", today);
        if (!caller.hasRoleOver(PersonnelPlugin.ROLE_HEAD, bureau.path())) {
            throw Refusal.forbidden("季度分析由局长审定印发");
        }
        if (!q.endedBy(today)) {
            throw Refusal.conflict(q.label() + "尚未结束，季度结束后才能印发分析");
        }
        QuarterReport report = stored(bureau, q, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> {
            QuarterReport created = new QuarterReport(bureau.id(), q, caller.username(), LocalDateTime.now(clock));
            em.persist(created);
            return created;
        });
        if (report.isIssued()) {
            throw Refusal.conflict(q.label() + "分析已于" + report.getIssuedOn() + "印发（" + report.getIssuedNumber() + "）");
        }
        Documents.Draft draft = AnalysisText.draft(count(caller, bureau, q), report.getNotes());
        String number = documents.numberForUnit(caller, bureau.id(), AnalysisText.SERIES, today);
        report.issue(number, today, caller.username(), String.join("\n", draft.paragraphs()));
        audit.record(caller, PersonnelAuditAction.PERSONNEL_QUARTER_ISSUED, "PersonnelQuarterReport", q.toString(), bureau.id(), number);
        return analysis(caller, bureau, q, Optional.of(report));
    }

    /** The analysis as a PDF: as issued, or a draft of today's figures and notes. */
    @Transactional
    public byte[] pdf(Caller caller, long unitId, String quarter) {
        Organisation.Unit bureau = bureau(caller, unitId);
        Quarter q = Quarter.parse(quarter, "quarter", today());
        Optional<QuarterReport> report = stored(bureau, q, LockModeType.NONE);
        if (report.isPresent() && report.get().isIssued()) {
            QuarterReport issued = report.get();
            Documents.Draft asIssued = new Documents.Draft(AnalysisText.SERIES, q.label() + "信访工作分析", null,
                    issued.getIssuedBody().lines().toList());
            return documents.renderForUnit(caller, bureau.id(), asIssued, issued.getIssuedNumber(), issued.getIssuedOn());
        }
        Documents.Draft draft = AnalysisText.draft(count(caller, bureau, q), report.map(QuarterReport::getNotes).orElse(null));
        return documents.renderForUnit(caller, bureau.id(), draft, AnalysisText.DRAFT_NUMBER, today());
    }

    /** The personnel bureaus the caller sees, for the page's choice. */
    @Transactional
    public List<Organisation.Unit> bureaus(Caller caller) {
        return organisation.ofAgency(PersonnelPlugin.ID).stream().filter(u -> caller.visibility().sees(u.path())).toList();
    }

    private QuarterFigures count(Caller caller, Organisation.Unit bureau, Quarter q) {
        List<CaseHistories.History> matters = histories.registeredBy(caller, bureau.id(), PersonnelPlugin.ID,
                q.first().minusDays(QuarterFigures.LOOKBACK_DAYS), q.last());
        Map<Long, BusinessCategory> categories = new HashMap<>();
        List<Long> ids = matters.stream().map(h -> h.facts().id()).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT f FROM PersonnelCaseForm f WHERE f.caseId IN :ids", PersonnelCaseForm.class)
                    .setParameter("ids", ids).getResultList().forEach(f -> categories.put(f.getCaseId(), f.getBusinessCategory()));
        }
        return QuarterFigures.count(q, matters, categories);
    }

    private Analysis analysis(Caller caller, Organisation.Unit bureau, Quarter q, Optional<QuarterReport> report) {
        boolean issued = report.map(QuarterReport::isIssued).orElse(false);
        return new Analysis(bureau.id(), bureau.name(), count(caller, bureau, q), report.map(QuarterReport::getNotes).orElse(null),
                report.map(QuarterReport::getUpdatedBy).orElse(null), report.map(QuarterReport::getUpdatedAt).orElse(null),
                report.map(QuarterReport::getIssuedNumber).orElse(null), report.map(QuarterReport::getIssuedOn).orElse(null),
                !issued && writer(caller, bureau),
                !issued && q.endedBy(today()) && caller.hasRoleOver(PersonnelPlugin.ROLE_HEAD, bureau.path()));
    }

    private static boolean writer(Caller caller, Organisation.Unit bureau) {
        return caller.hasRoleOver(PersonnelPlugin.ROLE_CLERK, bureau.path()) || caller.hasRoleOver(PersonnelPlugin.ROLE_HEAD, bureau.path())
                || caller.hasRoleOver(PersonnelPlugin.ROLE_DEPUTY, bureau.path());
    }

    /** A personnel bureau the caller sees; any other unit is not found, as a unit out of sight is. */
    private Organisation.Unit bureau(Caller caller, long unitId) {
        return organisation.unit(unitId).filter(u -> PersonnelPlugin.ID.equals(u.agencyType()) && caller.visibility().sees(u.path()))
                .orElseThrow(() -> Refusal.notFound("没有这个人事局，或不在您的管辖范围内"));
    }

    private Optional<QuarterReport> stored(Organisation.Unit bureau, Quarter q, LockModeType lock) {
        return em.createQuery("SELECT r FROM QuarterReport r WHERE r.unitId = :u AND r.year = :y AND r.quarter = :q", QuarterReport.class)
                .setParameter("u", bureau.id()).setParameter("y", q.year()).setParameter("q", q.number()).setLockMode(lock)
                .getResultList().stream().findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
