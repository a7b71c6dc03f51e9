package org.xinfang.core.application.ledgers;

import org.xinfang.core.application.kernel.CallerUnits;
import static org.xinfang.core.domain.model.user.CoreRoles.LEADER;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.core.application.supervision.Recipients;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.DisputeRepository;
import org.xinfang.core.domain.model.screening.DisputeStatus;
import org.xinfang.core.domain.model.screening.RiskLevel;
import org.xinfang.core.domain.model.screening.RoundPeriod;
import org.xinfang.core.domain.model.screening.ScreeningRound;
import org.xinfang.core.domain.model.screening.ScreeningRoundRepository;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * 矛盾纠纷排查台账: a unit's clerks and leaders register each dispute its screening finds — the people
 * responsible, the plan and the time limit — and follow it until it is resolved (with a note saying how)
 * or turned into a case the unit handles under the procedure; they record each round as screened, none
 * found included. A high-risk dispute is told at once to the leaders of the unit and of the unit above
 * (早报告). Anyone reads the ledger of a unit they see, month by month.
 */
@ApplicationScoped
public class ScreeningLedgers {

    /** A line of the ledger: the dispute, whether it is past its time limit, and its case's number when it became one. */
    public record DisputeView(Dispute dispute, boolean overdue, String caseNumber) {
    }

    /** A round of the month: recorded as screened, or missing once it ended without a record. */
    public record RoundView(RoundPeriod period, ScreeningRound recorded, boolean missing) {
    }

    /** The month's figures, whatever the filters. */
    public record Counts(int total, int open, int resolved, int turnedIntoCases, int overdue, int high, int medium, int low) {
    }

    /** The filters of the ledger's list; null lets everything through. */
    public record Filter(RiskLevel risk, DisputeStatus status) {

        public static final Filter NONE = new Filter(null, null);

        boolean admits(Dispute d) {
            return (risk == null || d.getRisk() == risk) && (status == null || d.getStatus() == status);
        }
    }

    /** One unit's ledger for one month. */
    public record Ledger(OrgUnit unit, YearMonth month, int roundsPerMonth, List<RoundView> rounds, List<DisputeView> disputes,
                         Counts counts, boolean mayKeep) {
    }

    @Inject
    private DisputeRepository disputes;

    @Inject
    private ScreeningRoundRepository rounds;

    @Inject
    private CaseRepository cases;

    @Inject
    private LedgerUnits ledgerUnits;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private ScreeningSettings settings;

    @Inject
    private InputValidator validator;

    @Inject
    private Recipients recipients;

    @Inject
    private Inbox inbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * Registers a dispute in the ledger of its unit, in the round its day falls in.
     *
     * @throws InvalidInputException naming every bad field, {@code unitId} for a unit the caller does not see
     * @throws NotPermittedException unless the caller is a clerk or leader of that unit itself
     */
    @Transactional
    public Dispute register(Caller caller, DisputeInput input) {
        validator.check(input, caller.locale());
        OrgUnit unit = callerUnits.seen(caller, input.unitId(), "unitId");
        ledgerUnits.requireKeeper(caller, unit);
        RoundPeriod round = RoundPeriod.containing(input.foundOn(), settings.roundsPerMonth(unit.getLevel()));
        Dispute d = disputes.add(new Dispute(unit, round, input.finding(), caller.username(), LocalDateTime.now(clock)));
        audit.record(caller.username(), CoreAuditAction.DISPUTE_REGISTERED, "Dispute", d.getId(), unit.getId(),
                d.getRisk() + " found " + d.getFoundOn() + " due " + d.getDueOn());
        if (d.getRisk() == RiskLevel.HIGH) {
            tellLeaders(d);
        }
        return d;
    }

    /**
     * Closes an open dispute as resolved, saying how.
     *
     * @throws DisputeNotFoundException   when there is none the caller sees
     * @throws NotPermittedException      unless the caller is a clerk or leader of its unit
     * @throws InvalidInputException      naming {@code note} when it is empty or too long
     * @throws IllegalTransitionException when it is no longer open
     */
    @Transactional
    public Dispute resolve(Caller caller, Long disputeId, String note) {
        Dispute d = openToSettle(caller, disputeId);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > Dispute.LONGEST_RESOLUTION) {
            throw InvalidInputException.of("note", Messages.get(caller.locale(),
                    text.isEmpty() ? "screening.note.required" : "screening.note.tooLong", Dispute.LONGEST_RESOLUTION));
        }
        d.resolve(text, caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.DISPUTE_RESOLVED, "Dispute", d.getId(), d.getUnit().getId(), "resolved");
        return d;
    }

    /**
     * Marks an open dispute as turned into a case: a case the caller sees, in the dispute's unit or below it.
     *
     * @throws DisputeNotFoundException   when there is no dispute the caller sees
     * @throws NotPermittedException      unless the caller is a clerk or leader of its unit
     * @throws InvalidInputException      naming {@code caseId} when it is missing, or no such case is seen in that unit
     * @throws IllegalTransitionException when it is no longer open
     */
    @Transactional
    public Dispute turnIntoCase(Caller caller, Long disputeId, Long caseId) {
        Dispute d = openToSettle(caller, disputeId);
        if (caseId == null) {
            throw InvalidInputException.of("caseId", Messages.get(caller.locale(), "screening.caseId.required"));
        }
        Case linked = cases.find(caseId, caller.visibility()).filter(c -> d.getUnit().contains(c.getUnit()))
                .orElseThrow(() -> InvalidInputException.of("caseId", Messages.get(caller.locale(), "screening.case.unknown", caseId,
                        d.getUnit().getName())));
        d.turnIntoCase(linked.getId(), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.DISPUTE_TURNED_INTO_CASE, "Dispute", d.getId(), d.getUnit().getId(),
                "case " + linked.getId() + " " + linked.getNumber());
        return d;
    }

    /**
     * Records the round containing {@code day} (null: today) as screened, with the disputes registered for it so far.
     *
     * @throws InvalidInputException    naming {@code day} for a day in the future or over a year ago, {@code note} when too long
     * @throws NotPermittedException    unless the caller is a clerk or leader of that unit itself
     * @throws AlreadyRecordedException naming {@code day} when the round is already recorded
     */
    @Transactional
    public ScreeningRound recordRound(Caller caller, Long unitId, LocalDate day, String note) {
        Locale locale = caller.locale();
        LocalDate today = LocalDate.now(clock);
        LocalDate on = day == null ? today : day;
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (on.isAfter(today) || on.isBefore(today.minusYears(1))) {
            problems.add(new InvalidInputException.FieldProblem("day", Messages.get(locale, "screening.day.range", today.minusYears(1), today)));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ScreeningRound.LONGEST_NOTE) {
            problems.add(new InvalidInputException.FieldProblem("note", Messages.get(locale, "screening.note.tooLong", ScreeningRound.LONGEST_NOTE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrgUnit unit = callerUnits.seen(caller, unitId, "unitId");
        ledgerUnits.requireKeeper(caller, unit);
        RoundPeriod round = RoundPeriod.containing(on, settings.roundsPerMonth(unit.getLevel()));
        Optional<ScreeningRound> first = rounds.ofRoundLocked(unit.getId(), round.startsOn());
        if (first.isPresent()) {
            throw new AlreadyRecordedException("day", Messages.get(locale, "screening.round.duplicate", unit.getName(),
                    round.startsOn(), round.endsOn(), first.get().getRecordedBy()));
        }
        int found = disputes.countInRound(unit.getId(), round.startsOn());
        ScreeningRound recorded = rounds.add(new ScreeningRound(unit, round, found, text, caller.username(), LocalDateTime.now(clock)));
        audit.record(caller.username(), CoreAuditAction.SCREENING_ROUND_RECORDED, "ScreeningRound", recorded.getId(), unit.getId(),
                round.startsOn() + ".." + round.endsOn() + " disputes " + found);
        return recorded;
    }

    /**
     * A unit's ledger for a month (null: this one): its rounds, its disputes found that month that pass
     * the filter, and the month's figures.
     *
     * @throws InvalidInputException naming {@code unitId} for a unit the caller does not see, {@code month} for one to come
     */
    @Transactional
    public Ledger ledger(Caller caller, Long unitId, YearMonth month, Filter filter) {
        OrgUnit unit = callerUnits.seen(caller, unitId, "unitId");
        LocalDate today = LocalDate.now(clock);
        YearMonth which = month == null ? YearMonth.from(today) : month;
        if (which.isAfter(YearMonth.from(today))) {
            throw InvalidInputException.of("month", Messages.get(caller.locale(), "screening.month.future"));
        }
        int perMonth = settings.roundsPerMonth(unit.getLevel());
        List<ScreeningRound> recorded = rounds.ofUnit(unit.getId(), which.atDay(1), which.atEndOfMonth());
        List<RoundView> roundViews = RoundPeriod.of(which, perMonth).stream().map(p -> {
            ScreeningRound r = recorded.stream().filter(x -> x.getStartsOn().equals(p.startsOn())).findFirst().orElse(null);
            return new RoundView(p, r, r == null && p.endsOn().isBefore(today));
        }).toList();
        List<Dispute> found = disputes.ofUnit(unit.getId(), which.atDay(1), which.atEndOfMonth());
        Filter f = filter == null ? Filter.NONE : filter;
        List<DisputeView> lines = found.stream().filter(f::admits).map(d -> view(caller, d, today)).toList();
        return new Ledger(unit, which, perMonth, roundViews, lines, counts(found, today), ledgerUnits.keeps(caller, unit));
    }

    /**
     * One dispute the caller sees.
     *
     * @throws DisputeNotFoundException when there is none
     */
    @Transactional
    public DisputeView find(Caller caller, Long disputeId) {
        Dispute d = disputes.find(disputeId).filter(x -> caller.visibility().sees(x.getUnit().getPath()))
                .orElseThrow(() -> notFound(caller, disputeId));
        return view(caller, d, LocalDate.now(clock));
    }

    private Dispute openToSettle(Caller caller, Long disputeId) {
        Dispute d = disputes.findLocked(disputeId).filter(x -> caller.visibility().sees(x.getUnit().getPath()))
                .orElseThrow(() -> notFound(caller, disputeId));
        ledgerUnits.requireKeeper(caller, d.getUnit());
        if (!d.isOpen()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "screening.dispute.settled", d.getId(),
                    d.getStatus().label().in(caller.locale())));
        }
        return d;
    }

    private DisputeView view(Caller caller, Dispute d, LocalDate today) {
        String number = d.getCaseId() == null ? null : cases.find(d.getCaseId(), caller.visibility()).map(Case::getNumber).orElse(null);
        return new DisputeView(d, d.isOverdueOn(today), number);
    }

    private static Counts counts(List<Dispute> all, LocalDate today) {
        return new Counts(all.size(), count(all, DisputeStatus.OPEN), count(all, DisputeStatus.RESOLVED), count(all, DisputeStatus.TURNED_INTO_CASE),
                (int) all.stream().filter(d -> d.isOverdueOn(today)).count(),
                count(all, RiskLevel.HIGH), count(all, RiskLevel.MEDIUM), count(all, RiskLevel.LOW));
    }

    private static int count(List<Dispute> all, DisputeStatus status) {
        return (int) all.stream().filter(d -> d.getStatus() == status).count();
    }

    private static int count(List<Dispute> all, RiskLevel risk) {
        return (int) all.stream().filter(d -> d.getRisk() == risk).count();
    }

    /** A high-risk dispute goes at once to the leaders of its unit and of the unit above. */
    private void tellLeaders(Dispute d) {
        Set<String> to = new LinkedHashSet<>(recipients.of(d.getUnit(), List.of(LEADER)));
        if (d.getUnit().getParent() != null) {
            to.addAll(recipients.of(d.getUnit().getParent(), List.of(LEADER)));
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        Object[] facts = {d.getUnit().getName(), d.getMatter(), d.getParties(), d.getResponsiblePerson(), d.getDueOn().toString(), d.getPlan()};
        inbox.post(to, null, ReminderKind.DISPUTE_HIGH_RISK, Messages.get(zh, "screening.highRisk.title", facts),
                Messages.get(zh, "screening.highRisk.body", facts));
    }

    private static DisputeNotFoundException notFound(Caller caller, Long disputeId) {
        return new DisputeNotFoundException(Messages.get(caller.locale(), "screening.dispute.notFound", disputeId));
    }
}
