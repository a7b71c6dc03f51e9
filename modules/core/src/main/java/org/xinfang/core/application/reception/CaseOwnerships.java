package org.xinfang.core.application.reception;

import org.xinfang.core.domain.model.ownership.OwnershipDuty;
import org.xinfang.core.domain.model.ownership.DutyDone;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.domain.model.ownership.CaseOwnershipRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * 包案: a leader of the case's unit takes personal charge of a case — task, handler, due date — and
 * closes it when done. The leader takes it themselves, or a leader above the unit gives it to them.
 * A case has at most one open ownership: the case row is locked before the check, so two leaders
 * taking the same case at once queue and the second is refused (on InnoDB too).
 */
@ApplicationScoped
public class CaseOwnerships {

    @Inject
    private CaseOwnershipRepository ownerships;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private CaseRepository cases;

    @Inject
    private ReceptionVisits visits;

    @Inject
    private Procedures procedures;

    @Inject
    private CallerDirectory directory;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private InputValidator validator;

    /** The longest a 包案's time limit may reach ahead, as every other time limit a person sets. */
    static final int MAX_DUE_DAYS = 365;

    /** An open ownership with what the leader's page shows of its case. */
    public record OwnedCase(CaseOwnership ownership, String caseNumber, String subject, boolean overdue) {
    }

    /**
     * Opens an ownership of a case the caller sees.
     *
     * @throws CaseNotFoundException when the caller does not see the case
     * @throws NotPermittedException unless the caller is that leader or a leader above the case's unit
     * @throws InvalidInputException naming each bad field, or {@code caseId} when the case is already owned
     */
    @Transactional
    public CaseOwnership take(Caller caller, Long caseId, OwnershipInput request) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        OrgUnit unit = found.getUnit();
        // Without a name the caller takes it themselves.
        String leader = trimmed(request.leaderUsername()) == null ? caller.username() : trimmed(request.leaderUsername());
        List<FieldProblem> problems = new ArrayList<>();
        if (!visits.isLeaderOf(leader, unit)) {
            problems.add(Reception.problem(caller, "leaderUsername", "visit.leader.notLeader", leader, unit.getName()));
        }
        requirePermitted(caller, leader, unit);
        String handler = trimmed(request.handlerUsername());
        if (handler != null && !directory.forUsername(handler, null).visibility().sees(unit.getPath())) {
            problems.add(Reception.problem(caller, "handlerUsername", "visit.handler.unknown", handler, unit.getName()));
        }
        problems.addAll(validator.problems(request, "", caller.locale()));
        LocalDate today = LocalDate.now(clock);
        if (request.dueOn() != null && request.dueOn().isAfter(today.plusDays(MAX_DUE_DAYS))) {
            problems.add(Reception.problem(caller, "dueOn", "ownership.dueOn.range", today.plusDays(1).toString(),
                    today.plusDays(MAX_DUE_DAYS).toString()));
        }
        if (procedures.of(found.getAgencyType()).state(found.getStatus()).map(s -> s.terminal()).orElse(false)) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "ownership.finished", found.getNumber()));
        }
        // A task naming the reporter of a sealed case is kept with the pseudonym (the leader's desk is seen by many).
        String task = disclosure.protect(found, trimmed(request.task()), CaseOwnership.LONGEST_TASK);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<CaseOwnership> open = ownerships.openOfLocked(found.getId());
        if (open.isPresent()) {
            throw InvalidInputException.of("caseId", Messages.get(caller.locale(), "ownership.alreadyOpen",
                    found.getNumber(), directory.forUsername(open.get().getLeaderUsername(), null).displayName()));
        }
        CaseOwnership owned = new CaseOwnership(leader, handler, task, request.dueOn());
        owned.open(found.getId(), unit.getId(), caller.username(), LocalDateTime.now(clock));
        ownerships.add(owned);
        audit.record(caller.username(), CoreAuditAction.CASE_OWNED, "Case", found.getId(), unit.getId(),
                "leader=" + leader + " handler=" + handler + " due=" + owned.getDueOn());
        return owned;
    }

    /** Someone to choose on a 包案, by the name people know them by. */
    public record Person(String username, String displayName) {
    }

    /**
     * Whom the caller may name on a case's 包案, as {@link #take} accepts them: the leaders of the case's
     * unit the caller may act for (themselves, or any when they lead above the unit), and the people who
     * may handle it — those of the unit first, then those of the units above, the nearest first.
     */
    public record Choices(List<Person> leaders, List<Person> handlers) {
    }

    /** {@link Choices} for a case the caller sees. */
    @Transactional
    public Choices choices(Caller caller, Long caseId) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        OrgUnit unit = found.getUnit();
        List<Caller> seeing = directory.seeing(unit, caller.locale());
        List<Person> leaders = seeing.stream()
                .filter(p -> procedures.effectiveRoles(p, unit).contains(CoreRoles.LEADER) && mayAct(caller, p.username(), unit))
                .map(p -> new Person(p.username(), p.displayName())).toList();
        List<Person> handlers = seeing.stream().map(p -> new Person(p.username(), p.displayName())).toList();
        return new Choices(leaders, handlers);
    }

    /** Every ownership of a case the caller sees, the newest first. */
    @Transactional
    public List<CaseOwnership> of(Caller caller, Long caseId) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        return ownerships.ofCase(found.getId());
    }

    /**
     * Closes the open ownership of a case as done.
     *
     * @throws InvalidInputException naming {@code caseId} when none is open
     * @throws NotPermittedException unless the caller is its leader or a leader above the case's unit
     */
    @Transactional
    public CaseOwnership close(Caller caller, Long caseId) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseOwnership open = ownerships.openOfLocked(found.getId()).orElseThrow(() -> InvalidInputException.of("caseId", Messages.get(caller.locale(), "ownership.noneOpen", found.getNumber())));
        requirePermitted(caller, open.getLeaderUsername(), found.getUnit());
        if (!open.dutiesOutstanding().isEmpty()) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "ownership.dutiesOutstanding",
                    open.dutiesOutstanding().stream().map(d -> d.label().in(caller.locale())).collect(Collectors.joining("、"))));
        }
        open.close(caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.CASE_OWNERSHIP_CLOSED, "Case", found.getId(), found.getUnit().getId(),
                "leader=" + open.getLeaderUsername());
        return open;
    }

    /**
     * Ticks one of the four duties (四包) of the case's open ownership with what was done; ticking it
     * again replaces the note.
     *
     * @throws NotPermittedException unless the caller is its leader, its handler or a leader above
     * @throws InvalidInputException naming {@code duty} or {@code note}, or {@code caseId} when none is open
     */
    @Transactional
    public CaseOwnership tick(Caller caller, Long caseId, OwnershipDuty duty, String note) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseOwnership open = openFor(caller, found);
        List<FieldProblem> problems = new ArrayList<>();
        if (duty == null) {
            problems.add(Reception.problem(caller, "duty", "ownership.duty.required"));
        }
        String text = trimmed(note);
        if (text == null) {
            problems.add(Reception.problem(caller, "note", "ownership.note.required"));
        } else if (text.length() > DutyDone.LONGEST_NOTE) {
            problems.add(Reception.problem(caller, "note", "ownership.tooLong", DutyDone.LONGEST_NOTE, text.length()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        open.tick(duty, disclosure.protect(found, text, DutyDone.LONGEST_NOTE), caller.username(), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.CASE_OWNERSHIP_DUTY, "Case", found.getId(), found.getUnit().getId(),
                duty.name() + " " + disclosure.redact(found, text.length() > 200 ? text.substring(0, 199) + "…" : text));
        return open;
    }

    /**
     * Sets the working group (工作专班) and the resolution plan (化解方案) of the case's open ownership.
     *
     * @throws InvalidInputException naming {@code workingGroup} or {@code plan} when too long, or {@code caseId} when none is open
     */
    @Transactional
    public CaseOwnership plan(Caller caller, Long caseId, String workingGroup, String plan) {
        Case found = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        CaseOwnership open = openFor(caller, found);
        String group = trimmed(workingGroup);
        String steps = trimmed(plan);
        List<FieldProblem> problems = new ArrayList<>();
        if (group != null && group.length() > CaseOwnership.LONGEST_GROUP) {
            problems.add(Reception.problem(caller, "workingGroup", "ownership.tooLong", CaseOwnership.LONGEST_GROUP, group.length()));
        }
        if (steps != null && steps.length() > CaseOwnership.LONGEST_PLAN) {
            problems.add(Reception.problem(caller, "plan", "ownership.tooLong", CaseOwnership.LONGEST_PLAN, steps.length()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        open.plan(disclosure.protect(found, group, CaseOwnership.LONGEST_GROUP), disclosure.protect(found, steps, CaseOwnership.LONGEST_PLAN));
        audit.record(caller.username(), CoreAuditAction.CASE_OWNERSHIP_PLANNED, "Case", found.getId(), found.getUnit().getId(),
                "group=" + (group == null ? 0 : group.length()) + " plan=" + (steps == null ? 0 : steps.length()));
        return open;
    }

    /** The open ownership, for its leader, its handler or a leader above; locked, as closing locks it. */
    private CaseOwnership openFor(Caller caller, Case found) {
        CaseOwnership open = ownerships.openOfLocked(found.getId()).orElseThrow(() -> InvalidInputException.of("caseId",
                Messages.get(caller.locale(), "ownership.noneOpen", found.getNumber())));
        if (!caller.username().equals(open.getHandlerUsername())) {
            requirePermitted(caller, open.getLeaderUsername(), found.getUnit());
        }
        return open;
    }

    /** A leader's open ownerships in the units the caller sees, the earliest due first. */
    @Transactional
    public List<OwnedCase> openOf(Caller caller, String leaderUsername) {
        LocalDate today = LocalDate.now(clock);
        return ownerships.openOfLeader(leaderUsername).stream()
                .filter(r -> caller.visibility().sees(r.caseFile().getUnit().getPath()))
                .map(r -> new OwnedCase(r.ownership(), r.caseFile().getNumber(), disclosure.redact(r.caseFile(), r.caseFile().getSubject()), r.ownership().isOverdueOn(today)))
                .toList();
    }

    /** Whether the caller may take or close an ownership for {@code leader}: they are that leader, or a leader above the unit. */
    public boolean mayAct(Caller caller, String leader, OrgUnit unit) {
        boolean self = caller.username().equals(leader) && procedures.effectiveRoles(caller, unit).contains(CoreRoles.LEADER);
        return self || leaderAbove(caller, unit);
    }

    private boolean leaderAbove(Caller caller, OrgUnit unit) {
        return unit.getParent() != null && procedures.effectiveRoles(caller, unit.getParent()).contains(CoreRoles.LEADER);
    }

    private void requirePermitted(Caller caller, String leader, OrgUnit unit) {
        if (!mayAct(caller, leader, unit)) {
            throw new NotPermittedException(Messages.get(caller.locale(), "ownership.notPermitted", unit.getName()));
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
