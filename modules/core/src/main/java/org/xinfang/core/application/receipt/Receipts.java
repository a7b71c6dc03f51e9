package org.xinfang.core.application.receipt;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.Documents;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.documents.AttachmentRefusedException;
import org.xinfang.core.application.documents.Attachments;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.receipt.Receipt;
import org.xinfang.core.domain.model.receipt.ReporterMessage;
import org.xinfang.core.domain.model.receipt.ReporterMessage.Kind;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * Receipt codes (回执码) of anonymous complaints and reports, both sides of them, for every agency whose
 * plugin offers them ({@code AgencyPlugin.issuesReceipts}). The unit's clerk gives the code once, right
 * after registering the case; the unit answers in writing; the holder of the code, without signing in,
 * reads those answers and adds material — and nothing else. A wrong code, whatever is wrong with it
 * (malformed, unknown, its case long closed), gets one and the same refusal, and an address that
 * guesses too often is refused for a while (ADR 0019).
 */
@ApplicationScoped
public class Receipts {

    /** Who stands for the anonymous reporter in the case's history and audit trail; pages show it as 匿名反映人. */
    public static final String REPORTER = "anonymous-reporter";

    /** Who stands for a signed petitioner who brought the matter online, in the history and the audit trail; pages show 信访人（网上）. */
    public static final String ONLINE_PETITIONER = "online-petitioner";

    /** What material added through a code is called among the matter's documents. */
    private static final String EVIDENCE_TITLE = Messages.get(Locale.SIMPLIFIED_CHINESE, "receipt.evidence.title");

    /** The series of a written answer, numbered in the unit's own series: 青纪答复〔2026〕1号. */
    static final String ANSWER_SERIES = "答复";

    /** Who may give the code: the clerks who register cases (a plugin's clerks act as the core's). */
    private static final Set<String> ISSUERS = Set.of(CoreRole.CLERK);

    /** Who may answer: those who work on the case. */
    private static final Set<String> ANSWERERS = Set.of(CoreRole.CLERK, CoreRole.HANDLER, CoreRole.LEADER);

    /** The code, shown once. */
    public record Issued(long caseId, String caseNumber, String code, LocalDateTime issuedAt) {
    }

    /**
     * What the unit sees of a case's receipt on the case page and in the API: whether the case is one
     * that gets a code ({@code offered}), whether it got one, and what passed through it.
     */
    public record StaffView(boolean offered, boolean issued, LocalDateTime issuedAt, boolean mayIssue, boolean mayAnswer,
                            List<ReporterMessage> messages) {
    }

    /** An answer as the reporter reads it: its number, day and text. */
    public record PublicAnswer(String number, LocalDate date, String text) {
    }

    /** Material the reporter added, as they see it listed ({@code at}: local time of the statutory zone, without offset). */
    public record PublicEvidence(LocalDateTime at, String text, String fileName) {
    }

    /** All the reporter may see: the answers meant for them and what they added; whether more may be added. */
    public record PublicView(List<PublicAnswer> answers, List<PublicEvidence> evidence, boolean takesEvidence) {
    }

    /** A file the reporter sends with their material. */
    public record EvidenceFile(String fileName, byte[] content) {

        /** The file as an API body carries it, in Base64; text that is not Base64 gives no content, which {@code addEvidence} refuses by name. */
        public static EvidenceFile fromBase64(String fileName, String base64) {
            byte[] bytes;
            try {
                bytes = java.util.Base64.getMimeDecoder().decode(base64);
            } catch (IllegalArgumentException notBase64) {
                bytes = null;
            }
            return new EvidenceFile(fileName, bytes);
        }
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseRepository cases;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Procedures procedures;

    @Inject
    private Documents documents;

    @Inject
    private Attachments attachments;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private Guesses guesses;

    private volatile ReceiptHashes hashes;

    /**
     * Gives the anonymous reporter of a case its code. Only once per case: the answer is the only place
     * the code is ever shown.
     */
    @Transactional
    public Issued issue(Caller caller, long caseId) {
        Locale locale = caller.locale();
        Case c = visible(caller, caseId);
        require(caller, c.getUnit(), ISSUERS, "receipt.issue.notPermitted");
        if (!offered(c)) {
            throw new IllegalTransitionException(Messages.get(locale, "receipt.issue.notOffered", c.getNumber()));
        }
        Optional<Receipt> existing = ofCase(caseId);
        if (existing.isPresent()) {
            throw new IllegalTransitionException(Messages.get(locale, "receipt.issue.again", c.getNumber(),
                    existing.get().getIssuedAt().toLocalDate()));
        }
        ReceiptCode code = ReceiptCode.random();
        LocalDateTime now = LocalDateTime.now(clock);
        Receipt receipt = new Receipt(caseId, hashes().of(code), c.getUnit().getId(), now, caller.username());
        try {
            em.persist(receipt);
            em.flush();
        } catch (PersistenceException sameMomentElsewhere) {
            // Another clerk gave the code at the same moment (unique case_id): theirs stands.
            throw new IllegalTransitionException(Messages.get(locale, "receipt.issue.again", c.getNumber(), now.toLocalDate()));
        }
        audit.record(caller, CoreAuditAction.RECEIPT_ISSUED, "Case", caseId, c.getUnit().getId(), c.getNumber());
        return new Issued(caseId, c.getNumber(), code.grouped(), now);
    }

    /**
     * The receipt of a matter its petitioner just brought on the portal, in the same transaction as its
     * registration (ADR 0038): the code is derived from {@code submissionHash} under the receipt key, so a
     * submission sent again is told the same code; a signed matter's code opens only with its phone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issueOnline(Caller petitioner, Case c, String phoneKey, String submissionHash, String submissionKey, boolean phoneConfirmed,
                              String email) {
        ReceiptCode code = hashes().codeOfSubmission(submissionHash);
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(Receipt.online(c.getId(), hashes().of(code), c.getUnit().getId(), now, petitioner.username(), phoneKey, submissionHash,
                submissionKey, phoneConfirmed, email));
        audit.record(petitioner, CoreAuditAction.RECEIPT_ISSUED, "Case", c.getId(), c.getUnit().getId(), c.getNumber());
        return new Issued(c.getId(), c.getNumber(), code.grouped(), now);
    }

    /**
     * The receipt of the matter brought with the idempotency key whose keyed hash is {@code keyHash}. One read:
     * the key and the submission it came with are one row, so a twin committing meanwhile is seen whole or not at all.
     */
    public Optional<Receipt> ofSubmissionKey(String keyHash) {
        return em.createNamedQuery("Receipt.bySubmissionKey", Receipt.class).setParameter("key", keyHash).getResultStream().findFirst();
    }

    /** The code a submission was told, to tell it again. */
    public String codeOfSubmission(String submissionHash) {
        return hashes().codeOfSubmission(submissionHash).grouped();
    }

    /** A code as typed, in its printed form ({@code XXXX-XXXX-…}); only for a code that just opened its receipt. */
    public String normalised(String typedCode) {
        return ReceiptCode.parse(typedCode).map(ReceiptCode::grouped).orElseThrow();
    }

    /** The keyed hash of a submission's text, under which a repeated submission is found. */
    public String hashOfSubmission(String text) {
        return hashes().ofText(text);
    }

    /** The receipt side of a case for its page: whether a code was given, and what passed through it. */
    @Transactional
    public StaffView staffView(Caller caller, long caseId) {
        Case c = visible(caller, caseId);
        Optional<Receipt> receipt = ofCase(caseId);
        // A matter brought on the portal has its receipt from the start, whatever its plugin offers.
        boolean offered = offered(c) || receipt.isPresent();
        boolean issuer = procedures.effectiveRoles(caller, c.getUnit()).stream().anyMatch(ISSUERS::contains);
        Set<String> exchangeRoles = procedures.effectiveRoles(caller, exchangeUnit(c, receipt));
        boolean answerer = exchangeRoles.stream().anyMatch(ANSWERERS::contains);
        // Where the exchange stays with the unit that gave the code, a unit below that holds the case
        // (the workshop complained about) neither reads nor answers what passes through it.
        boolean reads = !staysWithIssuer(c) || !exchangeRoles.isEmpty();
        return new StaffView(offered, receipt.isPresent(), receipt.map(Receipt::getIssuedAt).orElse(null),
                offered && receipt.isEmpty() && issuer, receipt.isPresent() && answerer, reads ? messagesOf(caseId) : List.of());
    }

    /** Answers the reporter in writing: a numbered document of the case, and the text the reporter reads with the code. */
    @Transactional
    public ReporterMessage answer(Caller caller, long caseId, String text) {
        Locale locale = caller.locale();
        Case c = visible(caller, caseId);
        Optional<Receipt> receipt = ofCase(caseId);
        require(caller, exchangeUnit(c, receipt), ANSWERERS, "receipt.answer.notPermitted");
        if (receipt.isEmpty()) {
            throw new IllegalTransitionException(Messages.get(locale, "receipt.answer.noReceipt", c.getNumber()));
        }
        String body = text(text, locale);
        Documents.Issued issued = documents.issue(caller, caseId, new Documents.Draft(ANSWER_SERIES,
                Messages.get(Locale.SIMPLIFIED_CHINESE, "receipt.answer.title"), Messages.get(Locale.SIMPLIFIED_CHINESE, "receipt.answer.addressee"),
                paragraphs(body)));
        ReporterMessage answer = new ReporterMessage(caseId, Kind.ANSWER, body, issued.documentId(), issued.number(),
                LocalDateTime.now(clock), caller.username());
        em.persist(answer);
        audit.record(caller, CoreAuditAction.RECEIPT_ANSWERED, "Case", caseId, c.getUnit().getId(), issued.number());
        return answer;
    }

    /** What the holder of {@code typedCode} may read: the answers meant for them and the material they added. */
    @Transactional
    public PublicView read(String typedCode, String address, Locale locale) {
        return publicView(open(typedCode, address, locale));
    }

    /**
     * Adds the reporter's material to the case: the text, and the file as an attachment of the case after
     * the core's checks (type, size). Only while the case is open.
     */
    @Transactional
    public PublicView addEvidence(String typedCode, String address, Locale locale, String text, EvidenceFile file) {
        return addEvidence(open(typedCode, address, locale), locale, text, file);
    }

    /** Adds material to the case of a receipt already opened (with its phone, where it needs one). */
    @Transactional
    public PublicView addEvidence(Receipt receipt, Locale locale, String text, EvidenceFile file) {
        if (!receipt.takesEvidence()) {
            throw new IllegalTransitionException(Messages.get(locale, "receipt.evidence.closed"));
        }
        // The text's refusal and the file's at once: a person on a phone should not find them one by one.
        List<FieldProblem> problems = new ArrayList<>(textProblem(text, locale).stream().toList());
        List<AttachmentRefusedException> refusals = new ArrayList<>();
        if (file != null && file.content() == null) {
            problems.add(new FieldProblem("content", Messages.get(locale, "receipt.evidence.notBase64")));
        } else if (file != null && file.content().length > 0) {
            attachments.refusal(null, file.fileName(), EVIDENCE_TITLE, file.content(), locale).ifPresent(refusals::add);
        }
        Attachments.refuseAll(problems, refusals);
        String body = text.strip();
        Caller reporter = reporter(receipt, locale);
        Long attachment = null;
        String fileName = null;
        if (file != null && file.content().length > 0) {
            fileName = file.fileName();
            // Kept with the code's unit, the material may tell who sent it: the keeper alone opens it.
            Case c = em.find(Case.class, receipt.getCaseId());
            boolean identifying = c != null && staysWithIssuer(c);
            attachment = documents.attach(reporter, receipt.getCaseId(), fileName, EVIDENCE_TITLE, file.content(), identifying);
        }
        em.persist(new ReporterMessage(receipt.getCaseId(), Kind.EVIDENCE, body, attachment, fileName, LocalDateTime.now(clock), null));
        audit.record(reporter, CoreAuditAction.RECEIPT_EVIDENCE, "Case", receipt.getCaseId(), receipt.getUnitId(),
                fileName == null ? "text" : "text+file");
        return publicView(receipt);
    }

    /** Whether the case's plugin offers its case a code: none for a petition bureau's own cases. */
    private boolean offered(Case c) {
        return plugins.find(c.getAgencyType()).map(plugin -> {
            Optional<? extends CaseFormData> form = cases.form(plugin.caseForm().entity(), c.getId());
            return form.isPresent() && plugin.issuesReceipts(form.get(), c.getChannel());
        }).orElse(false);
    }

    /** The unit the exchange with the reporter belongs to: the receipt's, which follows the case unless its plugin keeps it. */
    private OrgUnit exchangeUnit(Case c, Optional<Receipt> receipt) {
        return receipt.map(r -> em.find(OrgUnit.class, r.getUnitId())).orElse(c.getUnit());
    }

    private boolean staysWithIssuer(Case c) {
        return plugins.find(c.getAgencyType()).map(AgencyPlugin::receiptStaysWithIssuer).orElse(false);
    }

    private Case visible(Caller caller, long caseId) {
        return cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private void require(Caller caller, OrgUnit unit, Set<String> roles, String refusal) {
        if (procedures.effectiveRoles(caller, unit).stream().noneMatch(roles::contains)) {
            throw new NotPermittedException(Messages.get(caller.locale(), refusal));
        }
    }

    /** The receipt the code opens; every kind of wrong code is refused the same way, and counted. */
    private Receipt open(String typedCode, String address, Locale locale) {
        return open(typedCode, null, address, locale);
    }

    /**
     * The receipt the code opens — with {@code typedPhone} too, where the petitioner gave one. Whatever
     * is wrong (the code's form, the code, the phone, a code long closed) gets one and the same refusal,
     * counted against the address, the typed code and the typed phone alike; any of them over the limit
     * is refused before anything is looked up, so the wait reveals nothing either (ADR 0019, 0038).
     */
    public Receipt open(String typedCode, String typedPhone, String address, Locale locale) {
        return open(typedCode, typedPhone, address, locale, typedPhone == null ? "receipt.public.wrong" : "portal.follow.wrong");
    }

    /** As {@link #open(String, String, String, Locale)}, refusing with the message {@code wrongKey} (the portal speaks of query codes). */
    public Receipt open(String typedCode, String typedPhone, String address, Locale locale, String wrongKey) {
        Optional<ReceiptCode> code = ReceiptCode.parse(typedCode);
        String phoneKey = typedPhone == null ? null : MatchKeys.ofPhone(typedPhone);
        List<String> tries = new ArrayList<>(List.of(address));
        code.ifPresent(c -> tries.add("code:" + hashes().of(c)));
        if (phoneKey != null) {
            tries.add("phone:" + phoneKey);
        }
        Optional<String> waiting = tries.stream().filter(key -> !guesses.allows(key)).findFirst();
        if (waiting.isPresent()) {
            Instant freeAt = tries.stream().map(guesses::freeAt).max(Instant::compareTo).orElseThrow();
            throw Guesses.waitUntil(freeAt, clock, locale, "receipt.public.tooMany");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Receipt> found = code
                .flatMap(c -> em.createNamedQuery("Receipt.byHash", Receipt.class).setParameter("hash", hashes().of(c))
                        .getResultStream().findFirst())
                .filter(receipt -> receipt.opensOn(today))
                .filter(receipt -> receipt.opensFor(phoneKey));
        if (found.isEmpty()) {
            tries.forEach(guesses::failed);
            throw new RecordNotFoundException(Messages.get(locale, wrongKey));
        }
        return found.get();
    }

    /** What the holder of an opened receipt reads: the answers meant for them, what they added, whether more may be added. */
    public PublicView publicView(Receipt receipt) {
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
        OrgUnit unit = em.find(OrgUnit.class, receipt.getUnitId());
        if (unit == null) {
            throw new IllegalStateException("The unit of receipt " + receipt.getId() + " is gone");
        }
        return actingThrough(unit, receipt.opensFor(null), locale);
    }

    /**
     * The person who holds a code as the use cases they go through see them: the anonymous reporter, or
     * the signed petitioner who brought the matter online — a clerk's right to act in the one unit that
     * holds the matter. Only the methods that opened the matter by its code act with it, on that matter.
     */
    public static Caller actingThrough(OrgUnit unit, boolean anonymous, Locale locale) {
        return new Caller(anonymous ? REPORTER : ONLINE_PETITIONER,
                Messages.get(locale, anonymous ? "receipt.reporter" : "portal.petitioner"),
                List.of(new Caller.Grant(CoreRole.CLERK, unit.getId(), unit.getPath(), unit.getAgencyType())), locale);
    }

    private static String text(String text, Locale locale) {
        textProblem(text, locale).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        return text.strip();
    }

    private static Optional<FieldProblem> textProblem(String text, Locale locale) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return Optional.of(new FieldProblem("text", Messages.get(locale, "receipt.text.required")));
        }
        if (body.length() > ReporterMessage.MAX_TEXT) {
            return Optional.of(new FieldProblem("text", Messages.get(locale, "receipt.text.tooLong", ReporterMessage.MAX_TEXT)));
        }
        return Optional.empty();
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
