package org.xinfang.plugins.company.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.PluginSettings;
import org.xinfang.plugins.company.CompanyCaseForm;
import org.xinfang.plugins.company.CompanyPlugin;
import org.xinfang.api.plugin.Refusal;

/**
 * Protection of a complainant from retaliation on a company matter: the company's desk or a company
 * leader flags the matter with a reason; only a leader clears it, with a reason; the desk and leaders
 * record the follow-up checks and see which are due. All of it is the company's business alone: the
 * workshop complained about — whose head sees the matter while it is there — is refused the record
 * (403), so that it never learns what the checks looked at or found. Every change is audited.
 */
@ApplicationScoped
public class Protections {

    static final int LONGEST_REASON = 500;

    private static final LocalizedText NOT_COMPANY = LocalizedText.of("该事项不是企业员工诉求，没有打击报复保护",
            "Not a company matter: there is no protection from retaliation");
    /**
     * The audit entity of a matter's protection (its id the matter's): not "Case", because whoever
     * holds the matter reads the case's trail, and the workshop that holds it must not learn of the
     * protection, its reason or what the checks found.
     */
    static final String AUDITED_AS = "CompanyProtection";

    private static final LocalizedText DESK_OR_LEADER = LocalizedText.of("打击报复保护记录只有公司信访办和公司领导可以查看和填写",
            "Only the company's complaint desk and leaders read and record the protection from retaliation");

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private AuditTrail audit;

    @Inject
    private PluginSettings settings;

    @Inject
    private Clock clock;

    /** The matter's latest protection, for its desk and leaders. */
    @Transactional
    public ProtectionView of(Caller caller, long caseId) {
        matter(caller, caseId);
        return latest(caseId).map(p -> view(p, caller.locale())).orElseGet(() -> ProtectionView.none(caseId));
    }

    /** Whether the caller reads and records the protection of this matter (the case page shows its panel then). */
    @Transactional
    public boolean mayRead(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> CompanyPlugin.ID.equals(c.agencyType())).map(c -> deskOrLeader(caller, c)).orElse(false);
    }

    /** Whether the caller may clear a protection of this matter: a company leader. */
    @Transactional
    public boolean mayClear(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> CompanyPlugin.ID.equals(c.agencyType()))
                .map(c -> caller.hasRoleOver(CompanyPlugin.ROLE_LEADER, c.unitPath())).orElse(false);
    }

    /**
     * Flags the matter: the complainant is protected from {@code since} (today when null; not in the
     * future, not before the matter was received), for {@code reason}.
     */
    @Transactional
    public ProtectionView flag(Caller caller, long caseId, String reason, LocalDate since) {
        CaseFacts c = matter(caller, caseId);
        lock(caller, c);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = since == null ? today : since;
        String why = Texts.trimmed(reason);
        List<Refusal.Field> problems = new ArrayList<>();
        if (why == null) {
            problems.add(field("reason", "请填写设立保护的理由", "Give the reason for the protection", caller.locale()));
        }
        Texts.tooLong("reason", why, LONGEST_REASON, "理由", "The reason", caller.locale()).ifPresent(problems::add);
        if (from.isAfter(today)) {
            problems.add(field("since", "保护开始日期不能晚于今天", "The protection cannot begin in the future", caller.locale()));
        } else if (c.receivedOn() != null && from.isBefore(c.receivedOn())) {
            problems.add(field("since", "保护开始日期不能早于事项收到日期（" + c.receivedOn() + "）",
                    "The protection cannot begin before the matter was received (" + c.receivedOn() + ")", caller.locale()));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (latest(caseId).filter(Protection::isActive).isPresent()) {
            throw Refusal.conflict(LocalizedText.of("该事项已设打击报复保护，无需重复设立",
                    "The matter is already flagged for protection").in(caller.locale()));
        }
        Protection p = new Protection(caseId, from, sealed(caller, caseId, why, LONGEST_REASON), caller.username(), LocalDateTime.now(clock));
        em.persist(p);
        audit.record(caller, ProtectionAuditAction.COMPANY_PROTECTION_FLAGGED, AUDITED_AS, caseId, c.unitId(), "保护开始日期 " + from + "：" + p.getReason());
        return view(p, caller.locale());
    }

    /** Clears the matter's protection; a company leader's act, with a reason. */
    @Transactional
    public ProtectionView clear(Caller caller, long caseId, String reason) {
        CaseFacts c = matter(caller, caseId);
        if (!caller.hasRoleOver(CompanyPlugin.ROLE_LEADER, c.unitPath())) {
            throw Refusal.forbidden(LocalizedText.of("只有公司领导可以解除打击报复保护",
                    "Only a company leader clears the protection from retaliation").in(caller.locale()));
        }
        lock(caller, c);
        String why = Texts.trimmed(reason);
        Optional<Refusal.Field> problem = why == null
                ? Optional.of(field("reason", "请填写解除保护的理由", "Give the reason for clearing the protection", caller.locale()))
                : Texts.tooLong("reason", why, LONGEST_REASON, "理由", "The reason", caller.locale());
        if (problem.isPresent()) {
            throw Refusal.invalid(List.of(problem.get()));
        }
        Protection p = active(caller, caseId);
        p.clear(sealed(caller, caseId, why, LONGEST_REASON), caller.username(), LocalDateTime.now(clock));
        audit.record(caller, ProtectionAuditAction.COMPANY_PROTECTION_CLEARED, AUDITED_AS, caseId, c.unitId(), p.getClearReason());
        return view(p, caller.locale());
    }

    /** Records a follow-up check under the matter's protection; it fulfils the earliest open scheduled check whose date it reached. */
    @Transactional
    public ProtectionView record(Caller caller, long caseId, CheckInput input) {
        CaseFacts c = matter(caller, caseId);
        lock(caller, c);
        Protection p = active(caller, caseId);
        LocalDate today = LocalDate.now(clock);
        List<Refusal.Field> problems = input.problems(p.getSince(), today, caller.locale());
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        List<ProtectionCheck> checks = checksOf(p);
        Integer scheduledNo = schedule().fulfilledBy(p.getSince(), checks, input.checkedOn()).orElse(null);
        CheckInput stored = new CheckInput(input.checkedOn(), sealed(caller, caseId, input.checkedBy(), CheckInput.LONGEST_NAME),
                input.finding(), input.aspects(), sealed(caller, caseId, input.actionTaken(), CheckInput.LONGEST_TEXT),
                sealed(caller, caseId, input.note(), CheckInput.LONGEST_TEXT));
        ProtectionCheck check = new ProtectionCheck(p.getId(), scheduledNo, stored, caller.username(), LocalDateTime.now(clock));
        em.persist(check);
        audit.record(caller, ProtectionAuditAction.COMPANY_PROTECTION_CHECKED, AUDITED_AS, caseId, c.unitId(),
                input.checkedOn() + " " + input.finding().label().in(Locale.CHINESE) + (scheduledNo == null ? "（计划外回访）" : "（第" + scheduledNo + "次应回访）"));
        return view(p, caller.locale());
    }

    /**
     * The scheduled checks due or overdue, today, on the matters the caller holds the desk or a
     * leader's role over, earliest first.
     */
    @Transactional
    public List<DueCheck> due(Caller caller) {
        // An empty list would tell a workshop there is nothing to hide; the desk's list is not its to read at all.
        if (!caller.hasAnyRole(Set.of(CompanyPlugin.ROLE_DESK, CompanyPlugin.ROLE_LEADER, CoreRole.ADMIN))) {
            throw Refusal.forbidden(DESK_OR_LEADER.in(caller.locale()));
        }
        LocalDate today = LocalDate.now(clock);
        CheckSchedule schedule = schedule();
        List<DueCheck> due = new ArrayList<>();
        for (Protection p : em.createQuery("select p from Protection p where p.clearedAt is null", Protection.class).getResultList()) {
            Optional<CaseFacts> c = cases.find(caller, p.getCaseId()).filter(f -> deskOrLeader(caller, f));
            if (c.isEmpty()) {
                continue;
            }
            schedule.of(p.getSince(), checksOf(p), today).stream()
                    .filter(s -> s.status() == CheckStatus.DUE || s.status() == CheckStatus.OVERDUE)
                    .forEach(s -> due.add(new DueCheck(p.getCaseId(), c.get().number(), c.get().subject(), c.get().unitName(), p.getSince(),
                            s.number(), s.months(), s.dueOn(), s.status(), s.status().label().in(caller.locale()))));
        }
        due.sort(Comparator.comparing(DueCheck::dueOn).thenComparing(DueCheck::caseId));
        return due;
    }

    private CheckSchedule schedule() {
        return CheckSchedule.of(settings.number(ProtectionSettings.FIRST_CHECK), settings.number(ProtectionSettings.SECOND_CHECK));
    }

    /** A company matter the caller sees (404 otherwise) and reads the protection of (403 otherwise). */
    private CaseFacts matter(Caller caller, long caseId) {
        CaseFacts c = cases.get(caller, caseId);
        if (!CompanyPlugin.ID.equals(c.agencyType())) {
            throw Refusal.notFound(NOT_COMPANY.in(caller.locale()));
        }
        if (!deskOrLeader(caller, c)) {
            throw Refusal.forbidden(DESK_OR_LEADER.in(caller.locale()));
        }
        return c;
    }

    private static boolean deskOrLeader(Caller caller, CaseFacts c) {
        return caller.hasRoleOver(CompanyPlugin.ROLE_DESK, c.unitPath()) || caller.hasRoleOver(CompanyPlugin.ROLE_LEADER, c.unitPath());
    }

    /** Holds the matter's form row, so that two flags (or a flag and a clearing) at once are taken one after the other. */
    private void lock(Caller caller, CaseFacts c) {
        if (em.find(CompanyCaseForm.class, c.id(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw Refusal.notFound(NOT_COMPANY.in(caller.locale()));
        }
    }

    private Protection active(Caller caller, long caseId) {
        return latest(caseId).filter(Protection::isActive).orElseThrow(() -> Refusal.conflict(
                LocalizedText.of("该事项未设打击报复保护（或已解除）", "The matter is not flagged for protection (or it was cleared)").in(caller.locale())));
    }

    private Optional<Protection> latest(long caseId) {
        return em.createQuery("select p from Protection p where p.caseId = :c order by p.id desc", Protection.class)
                .setParameter("c", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    private List<ProtectionCheck> checksOf(Protection p) {
        return em.createQuery("select k from ProtectionCheck k where k.protectionId = :p order by k.checkedOn, k.id", ProtectionCheck.class)
                .setParameter("p", p.getId()).getResultList();
    }

    private ProtectionView view(Protection p, Locale locale) {
        List<ProtectionCheck> checks = p.getId() == null ? List.of() : checksOf(p);
        LocalDate today = LocalDate.now(clock);
        List<ProtectionView.ScheduledCheck> schedule = p.isActive()
                ? schedule().of(p.getSince(), checks, today).stream().map(s -> new ProtectionView.ScheduledCheck(s.number(), s.months(),
                        s.dueOn(), s.status(), s.status().label().in(locale), s.doneOn())).toList()
                : List.of();
        return new ProtectionView(p.getCaseId(), p.isActive(), p.getSince(), p.getReason(), p.getFlaggedBy(), p.getFlaggedAt(),
                p.getClearReason(), p.getClearedBy(), p.getClearedAt(), schedule,
                checks.stream().map(k -> new ProtectionView.CheckView(k.getId(), k.getScheduledNo(), k.getCheckedOn(), k.getCheckedBy(),
                        k.getFinding(), k.getFinding().label().in(locale), k.getAspects(), k.getActionTaken(), k.getNote(),
                        k.getRecordedBy(), k.getRecordedAt())).toList());
    }

    /** A typed text with the matter's sealed identities replaced by their pseudonyms; null stays null. */
    private String sealed(Caller caller, long caseId, String text, int longest) {
        return text == null ? null : cases.protect(caller, caseId, text, longest);
    }

    private static Refusal.Field field(String name, String zh, String en, Locale locale) {
        return new Refusal.Field(name, LocalizedText.of(zh, en).in(locale));
    }
}
