package org.xinfang.core.application.supervision;

import static org.xinfang.core.domain.model.user.CoreRoles.CLERK;
import static org.xinfang.core.domain.model.user.CoreRoles.HANDLER;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.model.DayCount;
import org.xinfang.api.plugin.AnswerablePeople;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.ownership.CaseOwnershipRepository;
import org.xinfang.core.domain.model.ownership.OwnershipStatus;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.supervision.SentReminderRepository;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * One reminder or one rung of the ladder for one clock or order, each in its own transaction: the
 * reminder is claimed in the ledger of sent reminders first (a second scanner finds it claimed and does
 * nothing), then the messages are written; their mails go after commit. Each
 * returns whether something was owed and done.
 */
@ApplicationScoped
public class DeadlineReminders {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static final String SYSTEM = "system";

    private static final List<String> WORKERS = List.of(HANDLER, LEADER);
    private static final List<String> DESK = List.of(CLERK, HANDLER, LEADER);

    @Inject
    private CaseClockRepository clocks;

    @Inject
    private SentReminderRepository sent;

    @Inject
    private SupervisionOrderRepository orders;

    @Inject
    private CaseOwnershipRepository ownerships;

    @Inject
    private Procedures procedures;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private Recipients recipients;

    @Inject
    private Referrals referrals;

    @Inject
    private Inbox inbox;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private SupervisionSettings settings;

    @Inject
    private AuditLog audit;

    @Inject
    @Any
    private Instance<AnswerablePeople> answerable;

    @Inject
    private Clock clock;

    /** Tells the handlers and leaders of the case's unit (its 包案 leader, and whom its plugin holds answerable) that a clock is due soon or overdue. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean clock(Long clockId, ReminderKind kind, LocalDate today) {
        Target t = runningTarget(clockId, today);
        if (t == null || (kind == ReminderKind.OVERDUE) != today.isAfter(t.k().getDueOn()) || !claim(t, kind)) {
            return false;
        }
        Case c = t.c();
        Object[] facts = facts(t, today);
        String key = kind == ReminderKind.DUE_SOON ? "supervision.dueSoon" : "supervision.overdue";
        Set<String> to = new LinkedHashSet<>(recipients.of(c.getUnit(), WORKERS));
        ownerships.ofCase(c.getId()).stream().filter(o -> o.getStatus() == OwnershipStatus.OPEN).forEach(o -> {
            to.add(o.getLeaderUsername());
            to.add(o.getHandlerUsername());
        });
        // A plugin's answerable people (a bureau's first receiver) hear of the deadline wherever the matter went.
        answerable.forEach(people -> to.addAll(people.of(c.getId(), c.getAgencyType())));
        inbox.post(to, c.getId(), kind, Messages.get(ZH, key + ".title", facts), Messages.get(ZH, key + ".body", facts));
        return true;
    }

    /** The automatic 催办 of a clock overdue long enough: an order with its own due date, from the unit above. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean urge(Long clockId, LocalDate today) {
        Target t = runningTarget(clockId, today);
        if (t == null || !today.isAfter(t.k().getDueOn()) || !claim(t, ReminderKind.URGED)) {
            return false;
        }
        Case c = t.c();
        WorkCalendar calendar = calendars.current();
        LocalDate answerBy = calendar.due(today, settings.urgeAnswerDays(), DayCount.WORKING);
        Object[] facts = facts(t, today);
        String reason = Messages.get(ZH, "supervision.urge.reason", facts[2], facts[3], facts[4], answerBy.toString());
        OrgUnit above = referrals.supervisingUnit(c);
        SupervisionOrder urged = orders.add(new SupervisionOrder(c.getId(), OrderKind.URGE, t.k().getName(), above, c.getUnit(),
                reason, answerBy, SYSTEM, LocalDateTime.now(clock)));
        audit.record(SYSTEM, CoreAuditAction.SUPERVISION_ORDERED, "Case", c.getId(), c.getUnit().getId(),
                OrderKind.URGE.name() + " " + t.k().getName() + " due " + answerBy);
        inbox.post(recipients.of(c.getUnit(), DESK), c.getId(), ReminderKind.URGED,
                Messages.get(ZH, "supervision.urge.title", facts), Messages.get(ZH, "supervision.urge.body", facts[0], facts[1], reason));
        return true;
    }

    /** Tells the leaders of the unit above that an overdue matter calls for their 督办 (once per clock and due date). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean proposeSupervision(Long clockId, LocalDate today) {
        Target t = runningTarget(clockId, today);
        if (t == null || !today.isAfter(t.k().getDueOn())
                || orders.hasUnclosed(t.c().getId(), List.of(OrderKind.SUPERVISION, OrderKind.LISTED))
                || !claim(t, ReminderKind.SUPERVISION_PROPOSED)) {
            return false;
        }
        Case c = t.c();
        Object[] facts = facts(t, today);
        OrgUnit above = referrals.supervisingUnit(c);
        inbox.post(recipients.of(above, List.of(LEADER)), c.getId(), ReminderKind.SUPERVISION_PROPOSED,
                Messages.get(ZH, "supervision.propose.title", facts),
                Messages.get(ZH, "supervision.propose.body", facts[0], facts[1], facts[2], facts[3], facts[4], c.getUnit().getName()));
        return true;
    }

    /** Tells the target of an open order that its answer is due soon or overdue; an overdue one the issuer too. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean order(Long orderId, ReminderKind kind, LocalDate today) {
        SupervisionOrderRepository.OfCase found = orders.withCase(orderId).orElse(null);
        SupervisionOrder o = found == null ? null : found.order();
        if (o == null || o.getStatus() != org.xinfang.core.domain.model.supervision.OrderStatus.OPEN || finished(found.caseFile())
                || (kind == ReminderKind.OVERDUE) != today.isAfter(o.getDueOn())
                || !sent.claim(new SentReminder(SentReminder.ORDER, o.getId(), kind, o.getDueOn(), o.getCaseId(), LocalDateTime.now(clock)))) {
            return false;
        }
        Object[] facts = {o.getKind().label().zh(), o.getNumber() == null ? "" : o.getNumber(), o.getIssuingUnit().getName(),
                o.getDueOn().toString(), o.getTargetUnit().getName()};
        String key = kind == ReminderKind.DUE_SOON ? "supervision.orderDueSoon" : "supervision.orderOverdue";
        Set<String> to = new LinkedHashSet<>(recipients.of(o.getTargetUnit(), DESK));
        if (kind == ReminderKind.OVERDUE) {
            to.addAll(recipients.of(o.getIssuingUnit(), List.of(LEADER, CLERK)));
        }
        inbox.post(to, o.getCaseId(), kind, Messages.get(ZH, key + ".title", facts), Messages.get(ZH, key + ".body", facts));
        return true;
    }

    /** An order about a finished matter waits for its answer and closure, but nobody is reminded about it any more. */
    private boolean finished(Case c) {
        return procedures.of(c.getAgencyType()).state(c.getStatus()).map(s -> s.terminal()).orElse(false);
    }

    private record Target(CaseClock k, Case c, EffectiveProcedure procedure) {
    }

    /**
     * The clock with its case while it runs; a clock still running on a finished case (kept from before
     * finished cases stopped their clocks) is stopped here instead of reminded about.
     */
    private Target runningTarget(Long clockId, LocalDate today) {
        CaseClockRepository.OfCase found = clocks.withCase(clockId).orElse(null);
        if (found == null || found.clock().getStatus() != ClockStatus.RUNNING) {
            return null;
        }
        if (finished(found.caseFile())) {
            found.clock().stop(today);
            return null;
        }
        return new Target(found.clock(), found.caseFile(), procedures.of(found.caseFile().getAgencyType()));
    }

    private boolean claim(Target t, ReminderKind kind) {
        return sent.claim(new SentReminder(SentReminder.CLOCK, t.k().getId(), kind, t.k().getDueOn(), t.c().getId(), LocalDateTime.now(clock)));
    }

    /** {case number, subject (redacted), clock label, due date, working days overdue}. */
    private Object[] facts(Target t, LocalDate today) {
        CaseClock k = t.k();
        String label = t.procedure().clock(k.getName()).map(d -> d.label().zh()).orElse(k.getName());
        // Due on a Friday and read at the weekend: overdue, though no working day has passed yet.
        long late = Math.max(1, -calendars.current().daysLeft(today, k.getDueOn(), DayCount.WORKING));
        return new Object[] {t.c().getNumber(), disclosure.redact(t.c(), t.c().getSubject()), label, k.getDueOn().toString(),
                Long.toString(late)};
    }
}
