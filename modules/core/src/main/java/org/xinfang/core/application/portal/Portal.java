package org.xinfang.core.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.Rating;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.plugin.PublicCaseForm;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.documents.AttachmentRefusedException;
import org.xinfang.core.application.documents.Attachments;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.NoticeText;
import org.xinfang.core.application.notice.NoticeTexts;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.procedure.ClockReading;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.ProcedureEngine.StepOption;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Categories;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.receipt.OnlineService;
import org.xinfang.core.domain.model.receipt.Receipt;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * The petitioner's side of a matter, without signing in (网上信访, ADR 0038). Submitting registers the
 * matter in the chosen unit through the registration use case — its checks, numbering, repeat detection,
 * sealing and intake clock — with channel {@code ONLINE}, and gives the query code. Everything after
 * opens the matter with that code (and the phone, for a signed matter) through {@link Receipts#open},
 * which refuses every wrong combination alike and throttles guessing. The petitioner's steps — asking
 * for review, rating — are the procedure's own steps, taken in the petitioner's name.
 */
@ApplicationScoped
public class Portal {

    /** The petitioner's steps the portal offers, as the general procedure names them. */
    static final List<String> REVIEW_STEPS = List.of("requestReview", "requestReReview");
    static final String RATE = "rate";

    /** The one refusal of every wrong code or phone. */
    private static final String WRONG = "portal.follow.wrong";

    /** The notices written to the petitioner; the letters to other bodies (转送函, 交办函) are not theirs. */
    static final Set<NoticeKind> TO_PETITIONER = EnumSet.of(NoticeKind.ACCEPTANCE, NoticeKind.DECLINE, NoticeKind.EXTENSION,
            NoticeKind.DECISION, NoticeKind.REVIEW, NoticeKind.RE_REVIEW);

    /** The clocks that time a duty of the unit toward the petitioner; the windows are the petitioner's own, shown apart. */
    private static final Set<String> NOT_THE_UNITS_DUTY = Set.of(GeneralProcedure.CLOCK_OBJECTION, GeneralProcedure.CLOCK_REPORT_BACK,
            GeneralProcedure.CLOCK_REVIEW_WINDOW, GeneralProcedure.CLOCK_RE_REVIEW_WINDOW);

    /** A unit that takes matters on the portal, with the plugin's part of the form if it has one. */
    public record OpenUnit(long id, String name, String agencyType, Optional<PublicCaseForm> form) {
    }

    /** What the petitioner gives besides the plugin's form; name and phone only for a signed matter. */
    public record Petition(Long unitId, String subject, String content, String category, String name, String phone, String idNumber,
                           String address, String email, int headCount, List<Representative> representatives,
                           List<Receipts.EvidenceFile> files) {

        public Petition {
            representatives = representatives == null ? List.of() : List.copyOf(representatives);
            files = files == null ? List.of() : List.copyOf(files);
        }

        /** What identifies the submission when it is sent again: the files by their names and digests, not their bytes. */
        String fingerprint() {
            return String.join("\n", String.valueOf(unitId), subject, content, category, name, phone, idNumber, address, email,
                    String.valueOf(headCount), String.valueOf(representatives),
                    files.stream().map(f -> f.fileName() + ":" + (f.content() == null ? "" : CaseDocuments.sha256(f.content())))
                            .collect(Collectors.joining(",")));
        }
    }

    /** An address mail can go to: a name, an @ and a domain with a dot, nothing blank. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int LONGEST_EMAIL = 128;

    /** What a petition's file is called among the matter's documents (the file's own name is kept beside it). */
    private static final String ATTACHMENT_TITLE = Messages.get(Locale.SIMPLIFIED_CHINESE, "portal.attachment.title");

    /** The files a petition may bring along at most; more go with "add material" afterwards. */
    public static final int MOST_FILES = 5;

    /** One of at most five representatives of a collective matter. */
    public record Representative(String name, String phone) {
    }

    /** The answer to a submission: the query code, shown here and on the receipt only. */
    public record Submitted(String caseNumber, String code, String unitName, LocalDateTime submittedAt, boolean anonymous,
                            LocalDate answerDueOn, boolean again, boolean phoneConfirmed) {
    }

    /** The unit's next duty toward the petitioner and its date. */
    public record Deadline(String label, LocalDate dueOn, Long daysLeft, boolean paused) {
    }

    /** A written notice to the petitioner, and when it was served. */
    public record Notice(long id, String kind, String number, LocalDate issuedOn, LocalDateTime fetchedAt) {
    }

    /** The petitioner's right to ask for review now: the step, and the last day of its window. */
    public record ReviewRight(String step, String label, LocalDate lastDay) {
    }

    /** Whether the petitioner may rate the answer now, until when, and the rating given if any. */
    public record RatingRight(boolean open, LocalDate lastDay, Rating given) {
    }

    /** All the portal shows of a matter to whoever opened it. */
    public record Followed(String caseNumber, String subject, String unitName, LocalDate receivedOn, String state, boolean finished,
                           Deadline next, List<Notice> notices, ReviewRight review, RatingRight rating, Receipts.PublicView exchange,
                           boolean anonymous) {
    }

    /** A notice's PDF as the petitioner downloads it. */
    public record NoticeFile(String fileName, byte[] content) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseService cases;

    @Inject
    private CaseForms forms;

    @Inject
    private Receipts receipts;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private Settings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private Attachments attachments;

    @Inject
    private PhoneCodes phoneCodes;

    @Inject
    private InputValidator validator;

    @Inject
    private Clock clock;

    /** The units that take matters on the portal: those of the core's general procedure, and those whose plugin has a public form. */
    @Transactional
    public List<OpenUnit> openUnits() {
        List<OpenUnit> open = new ArrayList<>();
        for (OrgUnit unit : units.findAll().stream().sorted(Comparator.comparing(OrgUnit::getPath)).toList()) {
            Optional<AgencyPlugin> plugin = plugins.find(unit.getAgencyType());
            if (plugin.isEmpty() || plugin.get().publicForm().isPresent()) {
                open.add(new OpenUnit(unit.getId(), unit.getName(), unit.getAgencyType(), plugin.flatMap(AgencyPlugin::publicForm)));
            }
        }
        return open;
    }

    /** The unit a petition goes to, when it takes matters on the portal. */
    public Optional<OpenUnit> openUnit(Long unitId) {
        return openUnits().stream().filter(u -> unitId != null && u.id() == unitId).findFirst();
    }

    /**
     * Brings {@code petition} with the plugin's {@code form} to its unit. A submission sent again with the
     * same {@code submissionKey} and the same content is told the matter the first one registered
     * ({@link Submitted#again()}), not registered twice.
     *
     * @throws InvalidInputException naming each bad field; nothing is saved
     */
    @Transactional
    public Submitted submit(Petition petition, CaseFormData form, String submissionKey, String phoneCode, Locale locale) {
        Optional<OrgUnit> target = openUnit(petition.unitId()).flatMap(u -> units.find(u.id()));
        Optional<AgencyPlugin> plugin = target.flatMap(t -> plugins.find(t.getAgencyType()));
        boolean anonymous = plugin.isPresent() && form != null && plugin.get().anonymous(form);
        // Every refusal at once, the unit's and the matter's with the petitioner's: a person on a phone should not find them one by one.
        List<FieldProblem> problems = new ArrayList<>();
        if (target.isEmpty()) {
            problems.add(new FieldProblem("unitId", Messages.get(locale, petition.unitId() == null ? "portal.unit.required" : "portal.unit.notOpen")));
        }
        problems.addAll(identityProblems(petition, anonymous, locale));
        problems.addAll(validator.problems(draft(petition, anonymous, LocalDate.now(clock)), "", locale));
        if (form != null) {
            problems.addAll(validator.problems(form, "form.", locale));
        }
        Attachments.refuseAll(problems, fileRefusals(petition.files(), problems, locale));
        String submissionHash = receipts.hashOfSubmission(String.join("\n", submissionKey, petition.fingerprint(),
                form == null ? "" : forms.toJson(form)));
        String keyHash = receipts.hashOfSubmission("key:" + submissionKey);
        Optional<Receipt> earlier = receipts.ofSubmissionKey(keyHash);
        if (earlier.isPresent()) {
            if (!earlier.get().answers(submissionHash)) {
                // The same key with another submission is a client's mistake, not a second matter (nor the first one).
                throw new IllegalTransitionException(Messages.get(locale, "portal.submission.keyReused"));
            }
            Case registered = em.find(Case.class, earlier.get().getCaseId());
            return submitted(registered, receipts.codeOfSubmission(submissionHash), anonymous, true, earlier.get());
        }
        Caller petitioner = petitioner(target.get(), anonymous, locale);
        if (!anonymous) {
            broughtAlready(petitioner, draft(petition, false, LocalDate.now(clock))).ifPresent(same -> {
                throw new IllegalTransitionException(Messages.get(locale, "portal.submission.same", "en".equals(locale.getLanguage())
                        ? same.getReceivedOn().toString() : NoticeTexts.date(same.getReceivedOn())));
            });
        }
        CaseDetails saved = cases.register(petitioner, target.get().getId(), draft(petition, anonymous, LocalDate.now(clock)), form);
        Case c = saved.caseFile();
        String phoneKey = anonymous ? null : MatchKeys.ofPhone(petition.phone());
        attach(petitioner, c, petition.files());
        // Checked last, so that every other refusal is named first; a wrong code rolls the registration back.
        boolean confirm = !anonymous && phoneCodes.required();
        if (confirm && !phoneCodes.confirm(petition.phone(), phoneCode)) {
            throw InvalidInputException.of("phoneCode", Messages.get(locale, "portal.phoneCode.wrong"));
        }
        Receipts.Issued issued = receipts.issueOnline(petitioner, c, phoneKey, submissionHash, keyHash, confirm, strip(petition.email()));
        return submitted(c, issued.code(), anonymous, false, confirm);
    }

    /**
     * The petitioner's open matter, brought online in this unit, that says word for word what {@code draft}
     * says: the same petition sent again from a fresh form (the browser's back button, a second tab) is not
     * a second matter. The submitter learns only that they brought it, not its number: they typed its
     * phone and every word of it.
     */
    private Optional<Case> broughtAlready(Caller petitioner, Case draft) {
        return cases.openSameMatters(petitioner, draft).stream()
                .filter(c -> c.getChannel() == Channel.ONLINE && c.getSubject().strip().equals(draft.getSubject().strip())
                        && c.getContent().strip().equals(draft.getContent().strip())).findFirst();
    }

    /**
     * What the matter opened by {@code code} (and {@code phone}, for a signed matter) shows its petitioner.
     *
     * @throws RecordNotFoundException for any wrong code or phone, alike
     */
    @Transactional
    public Followed follow(String code, String phone, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        return followed(receipt, locale);
    }

    /**
     * A notice of the matter, as a PDF. The first fetch serves it, when the settings say online service
     * counts: its time is recorded, and a window that runs from service starts again from that day.
     */
    @Transactional
    public NoticeFile notice(String code, String phone, long documentId, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        Case c = caseOf(receipt);
        CaseDocument notice = documents.find(documentId)
                .filter(d -> d.getCaseId().equals(c.getId()) && toPetitioner(d) && receipt.isOnline())
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(locale, "portal.notice.notFound")));
        if (settings.number(PortalSettings.ONLINE_SERVICE, PortalSettings.DEFAULT_ONLINE_SERVICE) == 1
                && em.find(OnlineService.class, notice.getId()) == null) {
            LocalDateTime now = LocalDateTime.now(clock);
            em.persist(new OnlineService(notice.getId(), c.getId(), now));
            List<ClockReading> moved = notice.getStepId() == null ? List.of() : engine.servedLater(c, notice.getStepId(), now.toLocalDate());
            audit.record(petitioner(c.getUnit(), receipt.opensFor(null), locale), CoreAuditAction.NOTICE_SERVED_ONLINE, "Case", c.getId(), c.getUnit().getId(),
                    notice.getNumber() + moved.stream().map(w -> " " + w.name() + "→" + w.dueOn()).collect(Collectors.joining()));
        }
        return new NoticeFile(notice.getFileName(), documents.content(notice.getId()));
    }

    /** Asks for review (复查, or 复核 after a review) of the matter's decision, within its window, in the petitioner's name. */
    @Transactional
    public Followed requestReview(String code, String phone, String reason, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        Case c = caseOf(receipt);
        ReviewRight right = receipt.isOnline() ? reviewRight(read(c, locale), locale) : null;
        if (right == null) {
            throw new IllegalTransitionException(Messages.get(locale, "portal.review.closed"));
        }
        engine.take(petitioner(c.getUnit(), receipt.opensFor(null), locale), c.getId(), c.getVersion(), right.step(),
                new StepFacts(reason == null ? null : reason.strip(), null, null, null, null, null, null));
        return followed(receipt, locale);
    }

    /** Rates the answer, once, within the rating window after the decision was served. */
    @Transactional
    public Followed rate(String code, String phone, Rating rating, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        if (rating == null) {
            throw InvalidInputException.of("rating", Messages.get(locale, "portal.rating.required"));
        }
        Case c = caseOf(receipt);
        RatingRight right = receipt.isOnline() ? ratingRight(read(c, locale)) : new RatingRight(false, null, null);
        if (!right.open()) {
            throw new IllegalTransitionException(Messages.get(locale, right.given() != null ? "portal.rating.given" : "portal.rating.closed"));
        }
        engine.take(petitioner(c.getUnit(), receipt.opensFor(null), locale), c.getId(), c.getVersion(), RATE,
                new StepFacts(null, null, null, null, null, null, rating));
        return followed(receipt, locale);
    }

    /** Adds material (a text, a file) while the matter is open; the file passes the core's attachment checks. */
    @Transactional
    public Followed addMaterial(String code, String phone, String text, Receipts.EvidenceFile file, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        receipts.addEvidence(receipt, locale, text, file);
        return followed(receipt, locale);
    }

    /** The receipt of the matter the code (and phone) opens, as its petitioner was given it, to print it again. */
    @Transactional
    public Submitted receipt(String code, String phone, String address, Locale locale) {
        Receipt receipt = open(code, phone, address, locale);
        if (!receipt.isOnline()) {
            throw new RecordNotFoundException(Messages.get(locale, WRONG));
        }
        return submitted(caseOf(receipt), receipts.normalised(code), receipt.opensFor(null), true, receipt);
    }

    /**
     * The receipt as a PDF (网上信访回执), in Chinese as every written notice is: the matter's number, the
     * query code, what the unit must do by when. It acknowledges receipt, not acceptance.
     */
    public byte[] receiptPdf(Submitted s) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(Messages.get(zh, "portal.receipt.received", NoticeTexts.date(s.submittedAt().toLocalDate()), s.unitName(), s.caseNumber()));
        paragraphs.add(Messages.get(zh, s.anonymous() ? "portal.receipt.codeAnonymous" : "portal.receipt.code", s.code()));
        if (s.answerDueOn() != null) {
            paragraphs.add(Messages.get(zh, "portal.receipt.due", s.unitName(), NoticeTexts.date(s.answerDueOn())));
        }
        paragraphs.add(Messages.get(zh, "portal.receipt.notAcceptance"));
        NoticeText text = new NoticeText(s.unitName(), Messages.get(zh, "portal.receipt.title"), s.caseNumber(), null, paragraphs,
                NoticeTexts.chineseDate(s.submittedAt().toLocalDate()), s.unitName());
        return renderer.render(text, s.submittedAt().toLocalDate(), s.caseNumber());
    }

    /** The receipt the code (and phone) opens; every wrong combination refused alike, in the portal's words. */
    private Receipt open(String code, String phone, String address, Locale locale) {
        return receipts.open(code, blankToNull(phone), address, locale, WRONG);
    }

    private Followed followed(Receipt receipt, Locale locale) {
        Case c = caseOf(receipt);
        Receipts.PublicView exchange = receipts.publicView(receipt);
        if (!receipt.isOnline()) {
            // A code a clerk gave an anonymous reporter opens the written answers and nothing else (ADR 0019).
            return new Followed(null, null, null, null, null, false, null, List.of(), null, null, exchange, true);
        }
        EffectiveProcedure procedure = procedures.of(c.getAgencyType());
        Optional<StateDeclaration> state = procedure.state(c.getStatus());
        boolean anonymous = receipt.opensFor(null);
        Reading matter = read(c, locale);
        return new Followed(c.getNumber(), c.getSubject(), c.getUnit().getName(), c.getReceivedOn(),
                state.map(s -> s.label().in(locale)).orElse(c.getStatus()), state.map(StateDeclaration::terminal).orElse(false),
                next(matter, locale), notices(matter, locale), reviewRight(matter, locale), ratingRight(matter), exchange, anonymous);
    }

    /**
     * What one view of the matter needs, each read once: its clocks, the steps the procedure offers the
     * petitioner now, its documents and which of them were served online.
     */
    private record Reading(Case c, List<ClockReading> clocks, List<StepOption> options, List<CaseDocument> documents,
                           Map<Long, OnlineService> served) {

        /** The day a document reached the petitioner: its first fetch on the portal, else the day it was issued. */
        LocalDate servedOn(CaseDocument d) {
            return Optional.ofNullable(served.get(d.getId())).map(s -> s.getServedAt().toLocalDate()).orElse(d.getCreatedAt().toLocalDate());
        }

        boolean offers(String step) {
            return options.stream().anyMatch(o -> o.transition().name().equals(step) && o.blockedBecause() == null);
        }
    }

    private Reading read(Case c, Locale locale) {
        Map<Long, OnlineService> served = em.createNamedQuery("OnlineService.ofCase", OnlineService.class).setParameter("caseId", c.getId())
                .getResultStream().collect(Collectors.toMap(OnlineService::getDocumentId, Function.identity()));
        return new Reading(c, engine.clocks(c), engine.options(petitioner(c.getUnit(), false, locale), c), documents.ofCase(c.getId()), served);
    }

    /** The earliest running clock that times the unit's duty toward the petitioner. */
    private static Deadline next(Reading matter, Locale locale) {
        return matter.clocks().stream()
                .filter(r -> !r.isStopped() && !NOT_THE_UNITS_DUTY.contains(r.name()))
                .min(Comparator.comparing(ClockReading::dueOn))
                .map(r -> new Deadline(r.label().in(locale), r.dueOn(), r.daysLeft(), r.isPaused()))
                .orElse(null);
    }

    private static List<Notice> notices(Reading matter, Locale locale) {
        return matter.documents().stream().filter(Portal::toPetitioner)
                .map(d -> new Notice(d.getId(), d.getNoticeKind().label().in(locale), d.getNumber(), d.getCreatedAt().toLocalDate(),
                        Optional.ofNullable(matter.served().get(d.getId())).map(OnlineService::getServedAt).orElse(null)))
                .toList();
    }

    private static ReviewRight reviewRight(Reading matter, Locale locale) {
        return matter.options().stream()
                .filter(o -> REVIEW_STEPS.contains(o.transition().name()) && o.blockedBecause() == null)
                .findFirst()
                .map(o -> new ReviewRight(o.transition().name(), o.transition().label().in(locale), windowEnd(matter, o.transition().name())))
                .orElse(null);
    }

    private static LocalDate windowEnd(Reading matter, String reviewStep) {
        String window = reviewStep.equals(REVIEW_STEPS.get(0)) ? GeneralProcedure.CLOCK_REVIEW_WINDOW : GeneralProcedure.CLOCK_RE_REVIEW_WINDOW;
        return matter.clocks().stream().filter(r -> r.name().equals(window)).map(ClockReading::dueOn).findFirst().orElse(null);
    }

    /**
     * Open while the procedure offers the rating step, the decision has been served no longer ago than
     * the setting allows, and the petitioner has not rated it yet.
     */
    private RatingRight ratingRight(Reading matter) {
        List<CaseStep> history = engine.history(matter.c());
        Optional<CaseStep> decision = history.stream().filter(s -> "decide".equals(s.getTransition())).reduce((a, b) -> b);
        Rating given = decision.flatMap(d -> history.stream()
                .filter(s -> RATE.equals(s.getTransition()) && !s.getOccurredAt().isBefore(d.getOccurredAt()))
                .map(CaseStep::getRating).reduce((a, b) -> b)).orElse(null);
        Optional<LocalDate> servedOn = decision.flatMap(d -> matter.documents().stream()
                .filter(doc -> d.getId().equals(doc.getStepId()) && doc.getNoticeKind() == NoticeKind.DECISION).findFirst())
                .map(matter::servedOn);
        LocalDate lastDay = servedOn.map(d -> d.plusDays(settings.number(PortalSettings.RATING_DAYS, PortalSettings.DEFAULT_RATING_DAYS)))
                .orElse(null);
        boolean open = matter.offers(RATE) && given == null && lastDay != null && !LocalDate.now(clock).isAfter(lastDay);
        return new RatingRight(open, lastDay, given);
    }

    private static boolean toPetitioner(CaseDocument d) {
        return d.getKind() == DocumentKind.NOTICE && d.getNoticeKind() != null && TO_PETITIONER.contains(d.getNoticeKind());
    }

    private Case caseOf(Receipt receipt) {
        return Optional.ofNullable(em.find(Case.class, receipt.getCaseId()))
                .orElseThrow(() -> new IllegalStateException("The case of receipt " + receipt.getId() + " is gone"));
    }

    private Submitted submitted(Case c, String code, boolean anonymous, boolean again, Receipt receipt) {
        return submitted(c, code, anonymous, again, receipt.isPhoneConfirmed());
    }

    private Submitted submitted(Case c, String code, boolean anonymous, boolean again, boolean phoneConfirmed) {
        LocalDate answerDue = engine.clocks(c).stream().filter(r -> r.name().equals(GeneralProcedure.CLOCK_INTAKE) && !r.isStopped())
                .map(ClockReading::dueOn).findFirst().orElse(null);
        return new Submitted(c.getNumber(), code, c.getUnit().getName(), c.getCreatedAt(), anonymous, answerDue, again, phoneConfirmed);
    }

    private static Caller petitioner(OrgUnit unit, boolean anonymous, Locale locale) {
        return Receipts.actingThrough(unit, anonymous, locale);
    }

    private static Case draft(Petition p, boolean anonymous, LocalDate today) {
        Case draft = new Case();
        draft.setChannel(Channel.ONLINE);
        draft.setSubject(p.subject());
        draft.setContent(p.content());
        draft.setCategory(p.category());
        draft.setReceivedOn(today);
        draft.setHeadCount(Math.max(1, p.headCount()));
        if (anonymous) {
            draft.addParty(new Party(PartyRole.PETITIONER, Messages.get(Locale.SIMPLIFIED_CHINESE, "portal.anonymousName"), null, null, null));
        } else {
            draft.addParty(new Party(PartyRole.PETITIONER, strip(p.name()), strip(p.idNumber()), strip(p.phone()), strip(p.address())));
        }
        p.representatives().forEach(r -> draft.addParty(new Party(PartyRole.REPRESENTATIVE, strip(r.name()), null, strip(r.phone()), null)));
        return draft;
    }

    /**
     * The refusals of the petition's files by the core's attachment checks (type, size, name), each named
     * by its place ({@code files[1].file}); a file that did not arrive whole is one of {@code problems}.
     */
    private List<AttachmentRefusedException> fileRefusals(List<Receipts.EvidenceFile> files, List<FieldProblem> problems, Locale locale) {
        List<AttachmentRefusedException> refusals = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Receipts.EvidenceFile file = files.get(i);
            String field = "files[" + i + "]";
            if (file.content() == null) {
                problems.add(new FieldProblem(field + ".content", Messages.get(locale, "receipt.evidence.notBase64")));
            } else {
                attachments.refusal(field, file.fileName(), ATTACHMENT_TITLE, file.content(), locale).ifPresent(refusals::add);
            }
        }
        return refusals;
    }

    /**
     * The petition's files, checked before anything was saved, as attachments of the matter. On a sealed
     * report the files may tell who sent them: the identity keeper alone opens them.
     */
    private void attach(Caller petitioner, Case c, List<Receipts.EvidenceFile> files) {
        boolean sealed = c.getParties().stream().anyMatch(Party::isSealed);
        files.forEach(file -> attachments.add(petitioner, c.getId(), file.fileName(), ATTACHMENT_TITLE, file.content(), sealed));
    }

    /** A signed matter needs the name and the phone (the phone opens it later); an anonymous one takes neither. */
    private static List<FieldProblem> identityProblems(Petition p, boolean anonymous, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean nameGiven = !isBlank(p.name());
        boolean phoneGiven = !isBlank(p.phone());
        if (anonymous) {
            if (nameGiven || phoneGiven || !isBlank(p.idNumber()) || !isBlank(p.email())) {
                problems.add(new FieldProblem(nameGiven ? "name" : phoneGiven ? "phone" : !isBlank(p.idNumber()) ? "idNumber" : "email",
                        Messages.get(locale, "portal.anonymous.noIdentity")));
            }
        } else {
            if (!nameGiven) {
                problems.add(new FieldProblem("name", Messages.get(locale, "portal.name.required")));
            }
            if (!phoneGiven) {
                problems.add(new FieldProblem("phone", Messages.get(locale, "portal.phone.required")));
            }
        }
        if (!isBlank(p.category()) && !Categories.COMMON.contains(p.category().strip())) {
            problems.add(new FieldProblem("category", Messages.get(locale, "portal.category.unknown", String.join("、", Categories.COMMON))));
        }
        if (!isBlank(p.email()) && (p.email().strip().length() > LONGEST_EMAIL || !EMAIL.matcher(p.email().strip()).matches())) {
            problems.add(new FieldProblem("email", Messages.get(locale, "portal.email.format")));
        }
        if (p.files().size() > MOST_FILES) {
            problems.add(new FieldProblem("files", Messages.get(locale, "portal.files.tooMany", MOST_FILES)));
        }
        if (p.representatives().size() + 1 > Math.max(1, p.headCount())) {
            problems.add(new FieldProblem("representatives", Messages.get(locale, "portal.representatives.moreThanPeople")));
        }
        if (p.headCount() < 1) {
            problems.add(new FieldProblem("headCount", Messages.get(locale, "portal.headCount.range")));
        }
        return problems;
    }

    private static String strip(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s;
    }
}
