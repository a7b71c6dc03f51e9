package org.xinfang.core.application.supervision;

import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.HANDLER;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.documents.Notices;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.NoticeText;
import org.xinfang.core.application.notice.NoticeTexts;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.core.domain.model.supervision.OrderStatus;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * 督办 and 挂牌督办: a unit above the case's unit orders it handled by a date, with a numbered 督办函
 * stored with the case; the case's unit answers in writing (书面报告); only the unit that gave the
 * order closes it. A 挂牌督办 is a leader's, and is listed for the whole organisation until closed.
 */
@ApplicationScoped
public class SupervisionOrders {

    /** The staff of a unit, who answer for it. */
    /** The longest an order may give. */
    static final int MAX_DUE_DAYS = 365;

    /** The most listed orders the board shows. */
    static final int BOARD = 500;

    @Inject
    private SupervisionOrderRepository orders;

    @Inject
    private CaseRepository cases;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Referrals referrals;

    @Inject
    private Procedures procedures;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private Notices notices;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private CaseDocuments documents;

    @Inject
    private Recipients recipients;

    @Inject
    private Inbox inbox;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private SupervisionSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** An order as a page shows it, with what the caller may do on it. */
    public record OrderView(SupervisionOrder order, boolean mayAnswer, boolean mayClose, boolean overdue) {
    }

    /** A listed order with its case's number, subject (as everyone may read it) and where the case is. */
    public record Listed(SupervisionOrder order, String caseNumber, String subject, boolean overdue) {
    }

    /**
     * Gives a 督办 or 挂牌督办 on a case, from one of the caller's units above the case's unit.
     *
     * @throws NotPermittedException      when none of the caller's units is above the case's unit with
     *                                    the role the kind needs (a leader for 挂牌督办, a clerk or leader for 督办)
     * @throws IllegalTransitionException when the matter is finished
     * @throws InvalidInputException      naming {@code kind}, {@code reason} or {@code dueOn}
     */
    @Transactional
    public SupervisionOrder issue(Caller caller, Long caseId, OrderInput in) {
        Locale locale = caller.locale();
        Case c = referrals.seenBy(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null || in.kind() == OrderKind.URGE) {
            problems.add(new FieldProblem("kind", Messages.get(locale, "supervision.kind.invalid")));
        }
        String reason = text(locale, "reason", in.reason(), SupervisionOrder.LONGEST_REASON, true, problems);
        LocalDate dueOn = in.dueOn() == null ? today.plusDays(settings.orderDays()) : in.dueOn();
        if (!dueOn.isAfter(today) || dueOn.isAfter(today.plusDays(MAX_DUE_DAYS))) {
            problems.add(new FieldProblem("dueOn", Messages.get(locale, "supervision.dueOn.range", today.plusDays(1), today.plusDays(MAX_DUE_DAYS))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnit issuer = issuingUnit(caller, c.getUnit(), in);
        if (finished(c)) {
            throw new IllegalTransitionException(Messages.get(locale, "supervision.finished", c.getNumber()));
        }
        // One open order per unit and case, except one rung up the ladder: a 督办 may be raised to 挂牌督办,
        // but no second 督办 (a second letter) while either is open.
        List<OrderKind> sameOrHigher = Arrays.stream(OrderKind.values()).filter(k -> k.compareTo(in.kind()) >= 0).toList();
        orders.unclosedFromLocked(c.getId(), sameOrHigher, issuer.getId()).ifPresent(open -> {
            throw new IllegalTransitionException(Messages.get(locale, "supervision.alreadyOpen", issuer.getName(), label(open, locale)));
        });
        dueOn = calendarsDue(dueOn);
        LocalDateTime now = LocalDateTime.now(clock);
        String protectedReason = disclosure.protect(c, reason, SupervisionOrder.LONGEST_REASON);
        SupervisionOrder order = orders.add(new SupervisionOrder(c.getId(), in.kind(), null, issuer, c.getUnit(), protectedReason,
                dueOn, caller.username(), now));
        String number = notices.number(issuer, today.getYear(), "SUPERVISION", "督");
        CaseDocument letter = letter(caller, c, order, number, today);
        order.documented(number, letter.getId());
        audit.record(caller.username(), CoreAuditAction.SUPERVISION_ORDERED, "Case", c.getId(), c.getUnit().getId(),
                in.kind().name() + " " + number + " by " + issuer.getId() + " due " + dueOn);
        tell(order, c, recipients.of(c.getUnit(), List.of(CLERK, HANDLER, LEADER)), "supervision.ordered");
        return order;
    }

    /**
     * The case's unit answers an order in writing; a second answer before closure replaces the first.
     *
     * @throws NotPermittedException      unless the caller works in the unit the order went to
     * @throws IllegalTransitionException when the order is closed
     */
    @Transactional
    public SupervisionOrder answer(Caller caller, Long orderId, String answer) {
        Locale locale = caller.locale();
        SupervisionOrder o = locked(caller, orderId);
        Case c = referrals.seenBy(caller, o.getCaseId());
        if (!procedures.holdsIn(caller, o.getTargetUnit(), CoreRoles.STAFF)) {
            throw new NotPermittedException(Messages.get(locale, "supervision.answer.notPermitted", o.getTargetUnit().getName()));
        }
        if (o.getStatus() == OrderStatus.CLOSED) {
            throw new IllegalTransitionException(Messages.get(locale, "supervision.closed", label(o, locale)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = text(locale, "answer", answer, SupervisionOrder.LONGEST_ANSWER, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        o.answer(disclosure.protect(c, text, SupervisionOrder.LONGEST_ANSWER), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.SUPERVISION_ANSWERED, "Case", c.getId(), o.getTargetUnit().getId(),
                o.getKind().name() + " " + o.getId());
        tell(o, c, recipients.of(o.getIssuingUnit(), List.of(CLERK, LEADER)), "supervision.answered");
        return o;
    }

    /**
     * Closes an answered order; only the unit that gave it may.
     *
     * @throws NotPermittedException      unless the caller is a clerk or leader of the unit that gave it
     * @throws IllegalTransitionException when it has no written answer yet, or is closed
     */
    @Transactional
    public SupervisionOrder close(Caller caller, Long orderId, String note) {
        Locale locale = caller.locale();
        SupervisionOrder o = locked(caller, orderId);
        Case c = referrals.seenBy(caller, o.getCaseId());
        if (!mayClose(caller, o)) {
            throw new NotPermittedException(Messages.get(locale, "supervision.close.notPermitted", o.getIssuingUnit().getName()));
        }
        if (o.getStatus() != OrderStatus.ANSWERED) {
            throw new IllegalTransitionException(Messages.get(locale,
                    o.getStatus() == OrderStatus.CLOSED ? "supervision.closed" : "supervision.notAnswered", label(o, locale)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String text = text(locale, "note", note, SupervisionOrder.LONGEST_NOTE, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        o.close(text == null ? null : disclosure.protect(c, text, SupervisionOrder.LONGEST_NOTE), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.SUPERVISION_CLOSED, "Case", c.getId(), o.getIssuingUnit().getId(),
                o.getKind().name() + " " + o.getId());
        tell(o, c, recipients.of(o.getTargetUnit(), List.of(CLERK, HANDLER, LEADER)), "supervision.closedNote");
        return o;
    }

    /** A case's orders as the caller sees them, newest first. */
    @Transactional
    public List<OrderView> of(Caller caller, Long caseId) {
        Case c = referrals.seenBy(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        return orders.ofCase(c.getId()).stream().map(o -> {
            return new OrderView(o, procedures.holdsIn(caller, o.getTargetUnit(), CoreRoles.STAFF) && o.getStatus() != OrderStatus.CLOSED,
                    o.getStatus() == OrderStatus.ANSWERED && mayClose(caller, o), o.isOverdueOn(today));
        }).toList();
    }

    /** The units from which the caller may give a 督办 on the case (empty: none), nearest first. */
    @Transactional
    public List<OrgUnit> issuersFor(Caller caller, Long caseId, OrderKind kind) {
        Case c = referrals.seenBy(caller, caseId);
        return finished(c) ? List.of() : above(caller, c.getUnit(), kind);
    }

    /**
     * Every 挂牌督办 of the organisation, open ones first: listed for everyone signed in, with the
     * case's number, units and dates. The subject only to those who may open the case (a report's
     * subject names whom it accuses), and never a sealed identity.
     */
    @Transactional
    public List<Listed> listedBoard(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        String withheld = Messages.get(caller.locale(), "supervision.listed.subjectWithheld");
        List<Listed> board = new ArrayList<>();
        for (SupervisionOrderRepository.OfCase listed : orders.listed(BOARD)) {
            SupervisionOrder o = listed.order();
            Case c = listed.caseFile();
            String subject = cases.find(c.getId(), caller.visibility()).isPresent() ? disclosure.redact(c, c.getSubject()) : withheld;
            board.add(new Listed(o, c.getNumber(), subject, o.isOverdueOn(today)));
        }
        return board;
    }

    /** The orders given by or to the caller's units, the latest first: the unit's supervision ledger. */
    @Transactional
    public List<Listed> ofUnits(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        return orders.ofUnits(caller.visibility(), BOARD).stream()
                .map(f -> new Listed(f.order(), f.caseFile().getNumber(), disclosure.redact(f.caseFile(), f.caseFile().getSubject()),
                        f.order().isOverdueOn(today)))
                .toList();
    }

    /**
     * The orders waiting for a written answer from a unit where the caller is staff (who answer for
     * it), the earliest due first (at most {@code limit}), and how many there are.
     */
    @Transactional
    public Page<Listed> awaitingMyAnswer(Caller caller, int limit) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> answering = caller.grants().stream().filter(g -> CoreRoles.STAFF.contains(procedures.actsAs(g.role())))
                .map(Caller.Grant::unitId).collect(Collectors.toSet());
        Page<SupervisionOrderRepository.OfCase> found = orders.awaitingAnswerFrom(answering, limit);
        return new Page<>(found.items().stream()
                .map(f -> new Listed(f.order(), f.caseFile().getNumber(), disclosure.redact(f.caseFile(), f.caseFile().getSubject()),
                        f.order().isOverdueOn(today)))
                .toList(), found.total(), 0, limit);
    }

    private OrgUnit issuingUnit(Caller caller, OrgUnit target, OrderInput in) {
        List<OrgUnit> candidates = above(caller, target, in.kind());
        Optional<OrgUnit> chosen = in.issuingUnitId() == null ? candidates.stream().findFirst()
                : candidates.stream().filter(u -> u.getId().equals(in.issuingUnitId())).findFirst();
        return chosen.orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(),
                in.kind() == OrderKind.LISTED ? "supervision.listed.notPermitted" : "supervision.notBelow", target.getName())));
    }

    /** The caller's units strictly above {@code target} where they hold the role the kind needs, nearest first. */
    private List<OrgUnit> above(Caller caller, OrgUnit target, OrderKind kind) {
        List<OrgUnit> found = new ArrayList<>();
        for (Caller.Grant g : caller.grants()) {
            boolean strictlyAbove = g.unitPath() != null && target.getPath().startsWith(g.unitPath()) && !target.getPath().equals(g.unitPath());
            if (!strictlyAbove) {
                continue;
            }
            units.find(g.unitId()).ifPresent(u -> {
                Set<String> roles = procedures.effectiveRoles(caller, u);
                boolean may = kind == OrderKind.LISTED ? roles.contains(LEADER) : roles.contains(LEADER) || roles.contains(CLERK);
                if (may && found.stream().noneMatch(f -> f.getId().equals(u.getId()))) {
                    found.add(u);
                }
            });
        }
        found.sort(Comparator.comparingInt((OrgUnit u) -> u.getPath().length()).reversed());
        return found;
    }

    /** Only the unit that gave the order closes it: a clerk or leader holding the role in that unit itself. */
    private boolean mayClose(Caller caller, SupervisionOrder o) {
        return procedures.holdsIn(caller, o.getIssuingUnit(), Set.of(CLERK, LEADER));
    }

    private boolean finished(Case c) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(s -> s.terminal()).orElse(false);
    }

    /** An order's date that falls on a weekend or holiday moves to the next working day, as a calendar-day deadline does. */
    private LocalDate calendarsDue(LocalDate dueOn) {
        return calendars.current().nextWorkingDayFrom(dueOn);
    }

    private CaseDocument letter(Caller caller, Case c, SupervisionOrder o, String number, LocalDate today) {
        OrgUnit issuer = o.getIssuingUnit();
        boolean listed = o.getKind() == OrderKind.LISTED;
        String title = listed ? "挂牌督办通知书" : "督办函";
        List<String> paragraphs = List.of(
                Messages.get(Locale.SIMPLIFIED_CHINESE, "supervision.letter.matter", c.getNumber(), disclosure.redact(c, c.getSubject()),
                        c.getReceivedOn().toString()),
                o.getReason(),
                Messages.get(Locale.SIMPLIFIED_CHINESE, listed ? "supervision.letter.listed" : "supervision.letter.ask",
                        NoticeTexts.chineseDate(o.getDueOn())));
        NoticeText text = new NoticeText(issuer.getName(), title, number, o.getTargetUnit().getName(), paragraphs,
                NoticeTexts.chineseDate(today), issuer.getSealText() == null || issuer.getSealText().isBlank() ? issuer.getName() : issuer.getSealText());
        byte[] pdf = renderer.render(text, today, c.getNumber());
        return documents.store(c, DocumentKind.NOTICE, null, number, title, title + "-" + number + ".pdf", "application/pdf", pdf,
                null, caller.username());
    }

    /** The order, locked; one refusal, naming the id, for one that does not exist and one about a case the caller does not see. */
    private SupervisionOrder locked(Caller caller, Long orderId) {
        return orders.findLocked(orderId).filter(o -> referrals.sees(caller, o.getCaseId()))
                .orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(), "supervision.notFound", String.valueOf(orderId))));
    }

    private static String label(SupervisionOrder o, Locale locale) {
        return o.getKind().label().in(locale) + (o.getNumber() == null ? "" : " " + o.getNumber());
    }

    private void tell(SupervisionOrder o, Case c, Set<String> to, String key) {
        Object[] facts = {label(o, Locale.SIMPLIFIED_CHINESE), c.getNumber(), disclosure.redact(c, c.getSubject()),
                o.getIssuingUnit().getName(), o.getTargetUnit().getName(), o.getDueOn().toString()};
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        inbox.post(to, c.getId(), ReminderKind.ORDER, Messages.get(zh, key + ".title", facts), Messages.get(zh, key + ".body", facts));
    }

    private static String text(Locale locale, String field, String value, int longest, boolean required, List<FieldProblem> problems) {
        try {
            return required ? Referrals.required(locale, field, value, longest) : Referrals.optional(locale, field, value, longest);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
