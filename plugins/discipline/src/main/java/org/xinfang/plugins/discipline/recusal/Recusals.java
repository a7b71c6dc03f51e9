package org.xinfang.plugins.discipline.recusal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplineCaseForm;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;
import org.xinfang.plugins.discipline.upward.HeadReports;

/**
 * Putting people on a report, with 回避 enforced: the accused's unit recorded, handlers and
 * investigators assigned, conflicts declared, and the one check every other door (the joint
 * investigation's teams) asks before a person touches a report.
 */
@ApplicationScoped
public class Recusals {

    private static final String ENTITY = "DisciplineReport";

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private Organisation organisation;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.time.Clock clock;

    /**
     * Refuses (409) any work on a report about its own body's head while that body still holds it —
     * screening, putting people on it, recording its accused's unit: the body may only send it up
     * (the procedure's steps are held back the same way, HeadReports).
     */
    public void refuseIfHeadReportAtHome(Caller caller, CaseFacts report) {
        DisciplineCaseForm form = em.find(DisciplineCaseForm.class, report.id());
        if (form != null && report.atRegisteringUnit()) {
            HeadReports.refusalAtHome(form, "work").ifPresent(why -> {
                throw Refusal.conflict(why.in(caller.locale()));
            });
        }
    }

    /** The discipline report, as the caller may see it; any other case is not found. */
    public CaseFacts report(Caller caller, long caseId) {
        CaseFacts facts = cases.find(caller, caseId).filter(c -> DisciplinePlugin.ID.equals(c.agencyType()))
                .orElseThrow(() -> Refusal.notFound(Texts.get(caller.locale(), "discipline.report.notFound", String.valueOf(caseId))));
        return facts;
    }

    /**
     * Who the report is about, with the unit of the tree the accused belongs to: the one recorded,
     * or else the unit the report was registered as being about — recusal holds from registration,
     * without waiting for anyone to record it.
     */
    @Transactional
    public Accused accused(Caller caller, long caseId) {
        CaseFacts report = report(caller, caseId);
        DisciplineCaseForm form = em.find(DisciplineCaseForm.class, caseId);
        AccusedUnit recorded = em.find(AccusedUnit.class, caseId);
        Long unitId = recorded != null ? recorded.getUnitId() : report.concernedUnitId();
        Organisation.Unit unit = unitId == null ? null : organisation.unit(unitId).orElse(null);
        return new Accused(form == null ? null : form.getSubjectName(), form == null ? null : form.getSubjectUnit(), unit);
    }

    /**
     * Records the unit of the tree the accused belongs to: the clerk or a leader of the report's unit,
     * a unit they see, and never someone who must themselves stand aside from the report — a leader of
     * the accused's own unit cannot move the report's recusal off his unit.
     */
    @Transactional
    public Accused recordAccusedUnit(Caller caller, long caseId, long unitId) {
        CaseFacts report = report(caller, caseId);
        Roles.require(caller, report.unitPath(), "discipline.recusal.mayNotRecordUnit",
                DisciplinePlugin.ROLE_CLERK, DisciplinePlugin.ROLE_LEADER);
        refuseIfHeadReportAtHome(caller, report);
        recusal(caller, caseId, user(caller, caller.username())).ifPresent(r -> {
            throw Refusal.forbidden(Texts.get(caller.locale(), "discipline.recusal.mayNotPlaceWhenRecused", r.personName(),
                    r.groundText(caller.locale())));
        });
        boolean seen = organisation.unit(unitId).map(u -> caller.visibility().sees(u.path())).orElse(false);
        if (!seen) {
            throw Texts.invalid(caller.locale(), "unitId", "discipline.unit.notFound", String.valueOf(unitId));
        }
        placeAccused(caller, caseId, unitId);
        return accused(caller, caseId);
    }

    /**
     * Records the accused's unit as part of another use case (registering a report for a joint
     * investigation) whose caller was already checked; whoever on the report works there stands aside.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeAccused(Caller caller, long caseId, long unitId) {
        Organisation.Unit unit = organisation.unit(unitId)
                .orElseThrow(() -> Texts.invalid(caller.locale(), "accusedUnitId", "discipline.unit.notFound", String.valueOf(unitId)));
        LocalDateTime now = LocalDateTime.now(clock);
        AccusedUnit recorded = em.find(AccusedUnit.class, caseId);
        if (recorded == null) {
            em.persist(new AccusedUnit(caseId, unitId, caller.username(), now));
        } else {
            recorded.change(unitId, caller.username(), now);
        }
        audit.record(caller, RecusalAuditAction.DISCIPLINE_ACCUSED_UNIT_SET, ENTITY, caseId, unitId, unit.name());
        withdrawRecused(caller, report(caller, caseId));
    }

    /**
     * Puts a user on the report as handler or investigator; a leader of the report's unit decides.
     * Refused, with the ground, when the user must stand aside.
     */
    @Transactional
    public ReportAssignment assign(Caller caller, long caseId, String username, Duty duty) {
        CaseFacts report = report(caller, caseId);
        Roles.require(caller, report.unitPath(), "discipline.recusal.mayNotAssign", DisciplinePlugin.ROLE_LEADER);
        refuseIfHeadReportAtHome(caller, report);
        if (duty == Duty.TEAM_MEMBER) {
            throw Texts.invalid(caller.locale(), "duty", "discipline.recusal.teamDutyElsewhere");
        }
        Person person = user(caller, username);
        refuseIfRecused(caller, caseId, person, duty);
        refuseIfCannotSee(caller, report, person, duty);
        boolean already = assignments(caller, caseId).stream()
                .anyMatch(a -> a.getUsername().equals(username) && a.getDuty() == duty);
        if (already) {
            throw Texts.invalid(caller.locale(), "username", "discipline.recusal.alreadyAssigned", person.name());
        }
        ReportAssignment assignment = new ReportAssignment(caseId, username, person.name(), duty, caller.username(), LocalDateTime.now(clock));
        em.persist(assignment);
        audit.record(caller, RecusalAuditAction.DISCIPLINE_REPORT_ASSIGNED, ENTITY, caseId, report.unitId(), duty + " " + username);
        return assignment;
    }

    /** Records a declared conflict; anyone of the committee working over the report's unit may. */
    @Transactional
    public ConflictDeclaration declare(Caller caller, long caseId, String personName, String username, String reason) {
        CaseFacts report = report(caller, caseId);
        Roles.require(caller, report.unitPath(), "discipline.recusal.mayNotDeclare", DisciplinePlugin.ROLE_CLERK,
                DisciplinePlugin.ROLE_LEADER, DisciplinePlugin.ROLE_INVESTIGATOR);
        String name = personName;
        if (username != null) {
            name = user(caller, username).name();
        }
        if (name == null) {
            throw Texts.invalid(caller.locale(), "personName", "discipline.recusal.whoDeclares");
        }
        // Someone declaring a conflict may be the reporter's relative and name them: kept with the pseudonym.
        name = cases.protect(caller, caseId, name, ConflictDeclaration.LONGEST_PERSON_NAME);
        ConflictDeclaration declaration = new ConflictDeclaration(caseId, name, username,
                cases.protect(caller, caseId, reason, ConflictDeclaration.LONGEST_REASON), caller.username(), LocalDateTime.now(clock));
        em.persist(declaration);
        audit.record(caller, RecusalAuditAction.DISCIPLINE_CONFLICT_DECLARED, ENTITY, caseId, report.unitId(), name + "：" + declaration.getReason());
        withdrawRecused(caller, report);
        return declaration;
    }

    /**
     * Takes off the report everyone already on it who must now stand aside (the accused's unit was
     * recorded or changed, a conflict was declared), each with the ground in the audit trail.
     */
    private void withdrawRecused(Caller caller, CaseFacts report) {
        em.flush();
        // Who the report is about and the conflicts declared, read once for everyone on it.
        Accused accused = accused(caller, report.id());
        List<ConflictDeclaration> declared = declarations(caller, report.id());
        for (ReportAssignment a : em.createNamedQuery("ReportAssignment.ofCase", ReportAssignment.class)
                .setParameter("caseId", report.id()).getResultList()) {
            Optional<RecusalRule.Recusal> recused = RecusalRule.check(user(caller, a.getUsername()), accused, declared);
            if (recused.isPresent()) {
                em.remove(a);
                audit.record(caller, RecusalAuditAction.DISCIPLINE_ASSIGNMENT_WITHDRAWN, ENTITY, report.id(), report.unitId(),
                        a.getDuty() + " " + a.getUsername() + "：" + recused.get().message(caller.locale(), a.getDuty()));
            }
        }
    }

    /**
     * Refuses someone who could not open the report: only a member of the commission holding it, or of
     * one above it, sees it (a petition bureau above the commission in the tree does not handle it).
     */
    private void refuseIfCannotSee(Caller caller, CaseFacts report, Person person, Duty duty) {
        boolean sees = person.units().stream()
                .anyMatch(u -> DisciplinePlugin.ID.equals(u.agencyType()) && report.unitPath().startsWith(u.path()));
        if (!sees) {
            throw Texts.invalid(caller.locale(), "username", "discipline.recusal.cannotSee", person.name(), report.unitName(),
                    Texts.get(caller.locale(), "discipline.recusal.duty." + duty.name()));
        }
    }

    @Transactional
    public List<ReportAssignment> assignments(Caller caller, long caseId) {
        report(caller, caseId);
        return em.createNamedQuery("ReportAssignment.ofCase", ReportAssignment.class).setParameter("caseId", caseId).getResultList();
    }

    @Transactional
    public List<ConflictDeclaration> declarations(Caller caller, long caseId) {
        report(caller, caseId);
        return em.createNamedQuery("ConflictDeclaration.ofCase", ConflictDeclaration.class).setParameter("caseId", caseId).getResultList();
    }

    /** Why {@code person} must stand aside from the report, if they must. */
    @Transactional
    public Optional<RecusalRule.Recusal> recusal(Caller caller, long caseId, Person person) {
        return RecusalRule.check(person, accused(caller, caseId), declarations(caller, caseId));
    }

    /** Refuses, naming the person, the duty and the ground, when {@code person} must stand aside. */
    @Transactional
    public void refuseIfRecused(Caller caller, long caseId, Person person, Duty duty) {
        recusal(caller, caseId, person).ifPresent(r -> {
            throw new Refusal(Refusal.Kind.INVALID, r.message(caller.locale(), duty),
                    List.of(new Refusal.Field(duty == Duty.TEAM_MEMBER ? "teamId" : "username", r.message(caller.locale(), duty))));
        });
    }

    /** A signed-in user as a person: their name and every unit they hold a role in. */
    public Person user(Caller caller, String username) {
        List<Organisation.Member> grants = organisation.grantsOf(username);
        if (grants.isEmpty()) {
            throw Texts.invalid(caller.locale(), "username", "discipline.user.notFound", username);
        }
        List<Organisation.Unit> units = new ArrayList<>();
        grants.stream().map(Organisation.Member::unitId).distinct()
                .map(organisation::unit).flatMap(Optional::stream).filter(Objects::nonNull).forEach(units::add);
        return new Person(grants.get(0).displayName(), username, units);
    }
}
