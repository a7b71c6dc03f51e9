package org.xinfang.core.application.intake;

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
import org.xinfang.api.model.Outcome;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.intake.IntakeReference;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;

/**
 * Matters other systems hand over (信访、信箱、热线数据共享, ADR 0039): the 12345 hotline's work orders
 * and the leaders' mailboxes, each under the source's own reference. An order is registered through the
 * registration use case, with its channel, in the name of the source's account; the same order sent again
 * finds its matter; an order about a matter already open (the same petitioner, a matter that reads the
 * same, one the account may see) is attached to that matter instead of making a second one. The source
 * polls for what happened to its orders since it last asked — the state and, once decided, the answer.
 */
@ApplicationScoped
public class Intake {

    /** The channels other systems hand matters over by. */
    public static final Set<Channel> CHANNELS = EnumSet.of(Channel.HOTLINE, Channel.MAILBOX);

    /** A source names itself in lower case ({@code 12345}, {@code mailbox-qz}). */
    static final String SOURCE_FORMAT = "[a-z0-9][a-z0-9-]{1,31}";
    static final int LONGEST_REFERENCE = 64;

    /** The most changes one poll answers; the source asks again from the last one's time. */
    public static final int MOST_UPDATES = 200;

    /** The notices that answer the petitioner, the latest of which is the matter's answer so far. */
    private static final Set<NoticeKind> ANSWERS = EnumSet.of(NoticeKind.DECLINE, NoticeKind.DECISION, NoticeKind.REVIEW, NoticeKind.RE_REVIEW);

    /** What became of an order: registered now, the same order again, or attached to a matter already open. */
    public enum Result {
        REGISTERED, SAME_REFERENCE, ATTACHED
    }

    /** The answer to an order: the matter it is now part of. */
    public record Received(long caseId, String caseNumber, Result result) {
    }

    /** The answer so far: the latest notice that answers the petitioner, with the step's outcome and reasons. */
    public record Answer(String kind, String number, LocalDate issuedOn, Outcome outcome, String text) {
    }

    /** What happened to one of the source's orders: where its matter stands, since when, and its answer. */
    public record Update(String reference, long caseId, String caseNumber, String state, String stateLabel, boolean finished,
                         LocalDateTime changedAt, Answer answer) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseService cases;

    @Inject
    private CaseRepository caseRepository;

    @Inject
    private CaseStepRepository steps;

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private Procedures procedures;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Receives one order from {@code source} under its {@code reference}, to be registered in {@code unitId}
     * (the caller's own unit when null) from {@code draft} and the plugin's {@code form}.
     *
     * @throws InvalidInputException naming each bad field (the source, the reference, the channel, the matter); nothing is saved
     */
    @Transactional
    public Received receive(Caller caller, String source, String reference, Long unitId, Case draft, CaseFormData form) {
        Locale locale = caller.locale();
        // The order's own fields and the matter's at once, whether it will be registered or attached.
        List<FieldProblem> problems = new ArrayList<>(orderProblems(source, reference, draft.getChannel(), locale));
        problems.addAll(cases.registrationProblems(caller, unitId, draft, form));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<IntakeReference> known = find(source, reference.strip());
        if (known.isPresent()) {
            Case c = visible(caller, known.get().getCaseId(), source, reference, locale);
            return new Received(c.getId(), c.getNumber(), Result.SAME_REFERENCE);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        // Only a matter of the unit the order is addressed to: one elsewhere is that unit's, and it may not see it.
        Long target = unitId != null ? unitId : caller.homeUnitId();
        Optional<Case> open = cases.openSameMatters(caller, draft).stream().filter(c -> c.getUnit().getId().equals(target)).findFirst();
        Case c;
        if (open.isPresent()) {
            c = open.get();
            audit.record(caller, CoreAuditAction.INTAKE_ATTACHED, "Case", c.getId(), c.getUnit().getId(),
                    source + " " + reference.strip() + " " + draft.getChannel());
        } else {
            c = cases.register(caller, unitId, draft, form).caseFile();
        }
        em.persist(new IntakeReference(source, reference.strip(), c.getId(), draft.getChannel(), open.isPresent(), now, caller.username()));
        em.flush();
        return new Received(c.getId(), c.getNumber(), open.isPresent() ? Result.ATTACHED : Result.REGISTERED);
    }

    /**
     * What happened since {@code since} to the matters of {@code source}'s orders that the caller may see,
     * oldest change first, at most {@value #MOST_UPDATES}: the source asks again from the last change's time.
     */
    @Transactional
    public List<Update> updates(Caller caller, String source, LocalDateTime since, Locale locale) {
        if (source == null || !source.matches(SOURCE_FORMAT)) {
            throw InvalidInputException.of("source", Messages.get(locale, "intake.source.format"));
        }
        List<IntakeReference> changed = em.createNamedQuery("IntakeReference.changedSince", IntakeReference.class)
                .setParameter("source", source).setParameter("since", since == null ? LocalDateTime.of(2000, 1, 1, 0, 0) : since)
                .setMaxResults(MOST_UPDATES).getResultList();
        Map<Long, Case> seen = caseRepository.among(changed.stream().map(IntakeReference::getCaseId).collect(Collectors.toSet()),
                caller.visibility()).stream().collect(Collectors.toMap(Case::getId, Function.identity()));
        Map<Long, List<CaseStep>> history = steps.ofCases(seen.keySet()).stream().collect(Collectors.groupingBy(CaseStep::getCaseId));
        Map<Long, List<CaseDocument>> notices = documents.noticesOf(seen.keySet()).stream().collect(Collectors.groupingBy(CaseDocument::getCaseId));
        List<Update> updates = new ArrayList<>();
        for (IntakeReference r : changed) {
            Case c = seen.get(r.getCaseId());
            if (c != null) {
                Optional<StateDeclaration> state = procedures.of(c.getAgencyType()).state(c.getStatus());
                updates.add(new Update(r.getReference(), c.getId(), c.getNumber(), c.getStatus(),
                        state.map(s -> s.label().in(locale)).orElse(c.getStatus()), state.map(StateDeclaration::terminal).orElse(false),
                        c.getUpdatedAt(), answer(notices.getOrDefault(c.getId(), List.of()), history.getOrDefault(c.getId(), List.of()), locale)));
            }
        }
        return updates;
    }

    private static Answer answer(List<CaseDocument> notices, List<CaseStep> history, Locale locale) {
        return notices.stream().filter(d -> d.getNoticeKind() != null && ANSWERS.contains(d.getNoticeKind()))
                .max(Comparator.comparing(CaseDocument::getCreatedAt))
                .map(d -> {
                    Optional<CaseStep> step = history.stream().filter(s -> s.getId().equals(d.getStepId())).findFirst();
                    return new Answer(d.getNoticeKind().label().in(locale), d.getNumber(), d.getCreatedAt().toLocalDate(),
                            step.map(CaseStep::getOutcome).orElse(null), step.map(CaseStep::getReason).orElse(null));
                })
                .orElse(null);
    }

    private Optional<IntakeReference> find(String source, String reference) {
        return em.createNamedQuery("IntakeReference.find", IntakeReference.class).setParameter("source", source)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    /** The matter of an order sent again; one in a unit the caller cannot see is refused as a reference taken, saying nothing of it. */
    private Case visible(Caller caller, long caseId, String source, String reference, Locale locale) {
        return caseRepository.find(caseId, caller.visibility()).orElseThrow(() -> InvalidInputException.of("reference",
                Messages.get(locale, "intake.reference.taken", source, reference.strip())));
    }

    private static List<FieldProblem> orderProblems(String source, String reference, Channel channel, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        if (source == null || !source.matches(SOURCE_FORMAT)) {
            problems.add(new FieldProblem("source", Messages.get(locale, "intake.source.format")));
        }
        if (reference == null || reference.isBlank()) {
            problems.add(new FieldProblem("reference", Messages.get(locale, "intake.reference.required")));
        } else if (reference.strip().length() > LONGEST_REFERENCE || reference.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("reference", Messages.get(locale, "intake.reference.format", LONGEST_REFERENCE)));
        }
        if (channel == null || !CHANNELS.contains(channel)) {
            problems.add(new FieldProblem("channel", Messages.get(locale, "intake.channel", CHANNELS.stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")))));
        }
        return problems;
    }
}
