package org.xinfang.plugins.discipline.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Documents;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplineCaseForm;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.kernel.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;
import org.xinfang.plugins.discipline.receipt.ReporterMessage.Kind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Anonymous reports' receipts (回执码), both sides of them. The committee's clerk gives the reporter a
 * code once, right after registering the report; the committee answers the reporter in writing; the
 * reporter, with the code and without signing in, reads those answers and adds evidence — and nothing
 * else. A wrong code, whatever is wrong with it (malformed, unknown, its case long closed), gets one
 * and the same refusal, and an address that guesses too often is refused for a while (ADR 0019).
 */
@ApplicationScoped
public class Receipts {

    /** Who stands for the anonymous reporter in the case's history and audit trail. */
    static final String REPORTER = "anonymous-reporter";

    /** The series and title of a written answer to the reporter: 青纪答复〔2026〕1号. */
    static final String ANSWER_SERIES = "答复";

    /** Who may give the code: the clerks who register reports. */
    private static final String[] ISSUERS = {DisciplinePlugin.ROLE_CLERK, CoreRole.CLERK};

    /** Who may answer the reporter: those who work on reports. */
    private static final String[] ANSWERERS = {DisciplinePlugin.ROLE_CLERK, DisciplinePlugin.ROLE_INVESTIGATOR,
            DisciplinePlugin.ROLE_LEADER, CoreRole.CLERK, CoreRole.HANDLER, CoreRole.LEADER};

    /** The code, shown once. */
    public record Issued(long caseId, String caseNumber, String code, LocalDateTime issuedAt) {
    }

    /** What the committee sees of a report's receipt on the case page and in the API. */
    public record StaffView(boolean anonymous, boolean issued, LocalDateTime issuedAt, boolean mayIssue, boolean mayAnswer,
                            List<ReporterMessage> messages) {
    }

    /** An answer as the reporter reads it: its number, day and text. */
    public record PublicAnswer(String number, LocalDate date, String text) {
    }

    /** Evidence the reporter added, as they see it listed. */
    public record PublicEvidence(
            @Schema(implementation = String.class, description = "法定时区的本地时间，不带偏移 / Local time of the statutory zone, without offset",
                    example = "2026-03-01T09:30:00") LocalDateTime at, String text, String fileName) {
    }

    /** All the reporter may see: the answers meant for them and what they added; whether more may be added. */
    public record PublicView(List<PublicAnswer> answers, List<PublicEvidence> evidence, boolean takesEvidence) {
    }

    /** A file the reporter sends with their evidence. */
    public record EvidenceFile(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private Documents documents;

    @Inject
    private Organisation organisation;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Guesses guesses;

    private volatile ReceiptHashes hashes;

    /**
     * Gives the reporter of an anonymous report its code. Only once per report: the answer is the only
     * place the code is ever shown.
     */
    @Transactional
    public Issued issue(Caller caller, long caseId) {
        Locale locale = caller.locale();
        CaseFacts report = cases.get(caller, caseId);
        Roles.require(caller, report.unitPath(), "discipline.receipt.issue.notPermitted", ISSUERS);
        DisciplineCaseForm form = em.find(DisciplineCaseForm.class, caseId);
        if (!DisciplinePlugin.ID.equals(report.agencyType()) || form == null || !form.anonymousReport()) {
            throw Refusal.conflict(Texts.get(locale, "discipline.receipt.issue.signed", report.number()));
        }
        Optional<Receipt> existing = ofCase(caseId);
        if (existing.isPresent()) {
            throw Refusal.conflict(Texts.get(locale, "discipline.receipt.issue.again", report.number(), existing.get().getIssuedAt().toLocalDate()));
        }
        ReceiptCode code = ReceiptCode.random();
        LocalDateTime now = LocalDateTime.now(clock);
        Receipt receipt = new Receipt(caseId, hashes().of(code), report.unitId(), now, caller.username());
        try {
            em.persist(receipt);
            em.flush();
        } catch (PersistenceException sameMomentElsewhere) {
            // Another clerk gave the code at the same moment (unique case_id): theirs stands.
            throw Refusal.conflict(Texts.get(locale, "discipline.receipt.issue.again", report.number(), now.toLocalDate()));
        }
        audit.record(caller, ReceiptAuditAction.DISCIPLINE_RECEIPT_ISSUED, "Case", caseId, report.unitId(), report.number());
        return new Issued(caseId, report.number(), code.grouped(), now);
    }

    /** The receipt side of a report for the case page: whether a code was given, and what passed through it. */
    @Transactional
    public StaffView staffView(Caller caller, long caseId) {
        CaseFacts report = cases.get(caller, caseId);
        DisciplineCaseForm form = em.find(DisciplineCaseForm.class, caseId);
        boolean anonymous = form != null && form.anonymousReport();
        Optional<Receipt> receipt = ofCase(caseId);
        boolean issuer = Roles.holdsOver(caller, report.unitPath(), ISSUERS);
        boolean answerer = Roles.holdsOver(caller, report.unitPath(), ANSWERERS);
        return new StaffView(anonymous, receipt.isPresent(), receipt.map(Receipt::getIssuedAt).orElse(null),
                anonymous && receipt.isEmpty() && issuer, receipt.isPresent() && answerer, messagesOf(caseId));
    }

    /** Answers the reporter in writing: a numbered document of the case, and the text the reporter reads with the code. */
    @Transactional
    public ReporterMessage answer(Caller caller, long caseId, String text) {
        Locale locale = caller.locale();
        CaseFacts report = cases.get(caller, caseId);
        Roles.require(caller, report.unitPath(), "discipline.receipt.answer.notPermitted", ANSWERERS);
        if (ofCase(caseId).isEmpty()) {
            throw Refusal.conflict(Texts.get(locale, "discipline.receipt.answer.noReceipt", report.number()));
        }
        String body = text(text, locale);
        Documents.Issued issued = documents.issue(caller, caseId, new Documents.Draft(ANSWER_SERIES,
                Texts.get(Locale.SIMPLIFIED_CHINESE, "discipline.receipt.answer.title"), Texts.get(Locale.SIMPLIFIED_CHINESE, "discipline.receipt.answer.addressee"),
                paragraphs(body)));
        ReporterMessage answer = new ReporterMessage(caseId, Kind.ANSWER, body, issued.documentId(), issued.number(),
                LocalDateTime.now(clock), caller.username());
        em.persist(answer);
        audit.record(caller, ReceiptAuditAction.DISCIPLINE_REPORTER_ANSWERED, "Case", caseId, report.unitId(), issued.number());
        return answer;
    }

    /** What the holder of {@code typedCode} may read: the answers meant for them and the evidence they added. */
    @Transactional
    public PublicView read(String typedCode, String address, Locale locale) {
        return publicView(open(typedCode, address, locale));
    }

    /**
     * Adds the reporter's evidence to the case: the text, and the file as an attachment of the case after
     * the core's checks (type, size). Only while the case is open.
     */
    @Transactional
    public PublicView addEvidence(String typedCode, String address, Locale locale, String text, EvidenceFile file) {
        Receipt receipt = open(typedCode, address, locale);
        if (!receipt.takesEvidence()) {
            throw Refusal.conflict(Texts.get(locale, "discipline.receipt.evidence.closed"));
        }
        if (file != null && file.content() == null) {
            throw Texts.invalid(locale, "content", "discipline.receipt.evidence.notBase64");
        }
        String body = text(text, locale);
        Caller reporter = reporter(receipt, locale);
        Long attachment = null;
        String fileName = null;
        if (file != null && file.content() != null && file.content().length > 0) {
            fileName = file.fileName();
            attachment = documents.attach(reporter, receipt.getCaseId(), fileName,
                    Texts.get(Locale.SIMPLIFIED_CHINESE, "discipline.receipt.evidence.title"), file.content(), false);
        }
        em.persist(new ReporterMessage(receipt.getCaseId(), Kind.EVIDENCE, body, attachment, fileName, LocalDateTime.now(clock), null));
        audit.record(reporter, ReceiptAuditAction.DISCIPLINE_REPORTER_EVIDENCE, "Case", receipt.getCaseId(), receipt.getUnitId(),
                fileName == null ? "text" : "text+file");
        return publicView(receipt);
    }

    /** The receipt the code opens; every kind of wrong code is refused the same way, and counted. */
    private Receipt open(String typedCode, String address, Locale locale) {
        if (!guesses.allows(address)) {
            throw new Guesses.TooMany(Texts.get(locale, "discipline.receipt.public.tooMany", Guesses.WINDOW.toMinutes()),
                    guesses.freeAt(address));
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Receipt> found = ReceiptCode.parse(typedCode)
                .flatMap(code -> em.createNamedQuery("Receipt.byHash", Receipt.class).setParameter("hash", hashes().of(code))
                        .getResultStream().findFirst())
                .filter(receipt -> receipt.opensOn(today));
        if (found.isEmpty()) {
            guesses.failed(address);
            throw Refusal.notFound(Texts.get(locale, "discipline.receipt.public.wrong"));
        }
        return found.get();
    }

    private PublicView publicView(Receipt receipt) {
        List<ReporterMessage> messages = messagesOf(receipt.getCaseId());
        return new PublicView(
                messages.stream().filter(m -> m.getKind() == Kind.ANSWER)
                        .map(m -> new PublicAnswer(m.getDocumentLabel(), m.getCreatedAt().toLocalDate(), m.getBody())).toList(),
                messages.stream().filter(m -> m.getKind() == Kind.EVIDENCE)
                        .map(m -> new PublicEvidence(m.getCreatedAt(), m.getBody(), m.getDocumentLabel())).toList(),
                receipt.takesEvidence());
    }

    /**
     * The reporter as the core's attachment check sees them: a clerk's right to add a file to this one
     * case, in the unit that holds it now, and nothing else is ever asked of this caller.
     */
    private Caller reporter(Receipt receipt, Locale locale) {
        Organisation.Unit unit = organisation.unit(receipt.getUnitId())
                .orElseThrow(() -> new IllegalStateException("The unit of receipt " + receipt.getId() + " is gone"));
        return new Caller(REPORTER, Texts.get(locale, "discipline.receipt.reporter"),
                List.of(new Caller.Grant(DisciplinePlugin.ROLE_CLERK, unit.id(), unit.path(), unit.agencyType())), locale);
    }

    private static String text(String text, Locale locale) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Texts.invalid(locale, "text", "discipline.receipt.text.required");
        }
        if (body.length() > ReporterMessage.MAX_TEXT) {
            throw Texts.invalid(locale, "text", "discipline.receipt.text.tooLong", ReporterMessage.MAX_TEXT);
        }
        return body;
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    Optional<Receipt> ofCase(long caseId) {
        return em.createNamedQuery("Receipt.ofCase", Receipt.class).setParameter("caseId", caseId).getResultStream().findFirst();
    }

    private List<ReporterMessage> messagesOf(long caseId) {
        return em.createNamedQuery("ReporterMessage.ofCase", ReporterMessage.class).setParameter("caseId", caseId).getResultList();
    }

    private ReceiptHashes hashes() {
        ReceiptHashes known = hashes;
        if (known == null) {
            known = new ReceiptHashes(ReceiptKeys.configured());
            hashes = known;
        }
        return known;
    }
}
