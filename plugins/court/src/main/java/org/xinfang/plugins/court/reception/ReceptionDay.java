package org.xinfang.plugins.court.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.CoreRole;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Organisation;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.court.CourtCaseForm;
import org.xinfang.plugins.court.CourtPlugin;
import org.xinfang.plugins.court.kernel.Checks;
import org.xinfang.plugins.court.kernel.CourtAuditAction;
import org.xinfang.plugins.court.kernel.CourtCases;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;

/**
 * The president's reception day (院长接待日), every Friday: the matters marked 越级访, 重复访 or 上访老户
 * go to the vice-president in charge of the division that tried them, with the presiding judge and
 * the division head attending; each reception held is recorded with the matter. Which vice-president
 * is in charge of which division is the court leaders' setting.
 */
@ApplicationScoped
public class ReceptionDay {

    /** The weekday of the reception day, as the courts' practice and the demo rota have it. */
    public static final DayOfWeek RECEPTION_WEEKDAY = DayOfWeek.FRIDAY;

    /** How many of the caller's court matters the agenda looks through, newest first. */
    static final int LOOKED_THROUGH = 2000;

    /** States in which a matter no longer comes to reception: not accepted, or steered to the legal route. */
    private static final List<String> GONE = List.of(GeneralProcedure.DECLINED, "steered_to_litigation");

    static final String[] RECORDERS = {CourtPlugin.ROLE_RECEPTION, CourtPlugin.ROLE_LEADER};

    /** A marked matter on the agenda, with the vice-president in charge of its division (null: none set). */
    public record Item(long caseId, String number, String subject, String state, String originalCaseNumber, String tribunal,
                       String presidingJudge, List<String> markers, String vicePresident, String vicePresidentName,
                       boolean received) {
    }

    /** What a reception's record needs. */
    public record Request(LocalDate heldOn, String vicePresident, String presidingJudge, String divisionHead, String statement,
                          String decision) {
    }

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Inject
    CourtCases courtCases;

    @Inject
    CaseReader cases;

    @Inject
    Organisation organisation;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The reception day on or after {@code day}: that day when it is a Friday, else the next Friday. */
    public static LocalDate onOrAfter(LocalDate day) {
        return day.with(TemporalAdjusters.nextOrSame(RECEPTION_WEEKDAY));
    }

    public LocalDate next() {
        return onOrAfter(today());
    }

    /** The reception day on or before today: the one a reception just held was on. */
    public LocalDate last() {
        return today().with(TemporalAdjusters.previousOrSame(RECEPTION_WEEKDAY));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The judge the registration form names for the matter, or null. */
    @Transactional
    public String presidingJudgeOf(Caller caller, long caseId) {
        return courtCases.form(courtCases.read(caller, caseId)).getPresidingJudge();
    }

    /** The marked matters the caller sees for the reception day {@code day}, by division. */
    @Transactional
    public List<Item> agenda(Caller caller, LocalDate day) {
        Checks checks = new Checks(caller.locale());
        requireReceptionDay(checks, "day", day);
        checks.refuseIfAny();
        List<Item> items = new ArrayList<>();
        for (CaseFacts c : cases.ofAgency(caller, CourtPlugin.ID, LOOKED_THROUGH)) {
            CourtCaseForm form = courtCases.form(c);
            if (form == null || !form.forReceptionDay() || GONE.contains(c.state())) {
                continue;
            }
            Optional<DivisionLeader> leader = leaderOf(c, form.getTribunal());
            items.add(new Item(c.id(), c.number(), c.subject(), c.state(), form.getOriginalCaseNumber(), form.getTribunal(),
                    form.getPresidingJudge(), markers(form, caller.locale()), leader.map(DivisionLeader::getVicePresident).orElse(null),
                    leader.map(DivisionLeader::getVicePresidentName).orElse(null), !receptions(c.id(), day).isEmpty()));
        }
        items.sort(Comparator.comparing(Item::tribunal).thenComparing(Item::number));
        return items;
    }

    /** The labels of the markers a matter carries (越级访, 重复访, 上访老户). */
    public static List<String> markers(CourtCaseForm form, Locale locale) {
        return form.markerKeys().stream().map(key -> Texts.get(locale, key)).toList();
    }

    /** The vice-president in charge of the matter's division, by the setting of its court (the nearest above). */
    @Transactional
    public Optional<DivisionLeader> leaderOf(Caller caller, long caseId) {
        CaseFacts c = courtCases.read(caller, caseId);
        return leaderOf(c, courtCases.form(c).getTribunal());
    }

    /** The setting for {@code tribunal} of the court nearest above the unit holding the matter (the deepest path). */
    private Optional<DivisionLeader> leaderOf(CaseFacts c, String tribunal) {
        DivisionLeader nearest = null;
        int depth = -1;
        for (DivisionLeader d : em.createQuery("SELECT d FROM DivisionLeader d WHERE d.tribunal = :t", DivisionLeader.class)
                .setParameter("t", tribunal).getResultList()) {
            String path = organisation.unit(d.getCourtUnitId()).map(Organisation.Unit::path).orElse(null);
            if (path != null && c.unitPath().startsWith(path) && path.length() > depth) {
                nearest = d;
                depth = path.length();
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The receptions of the matter, oldest first. */
    @Transactional
    public List<PresidentReception> of(Caller caller, long caseId) {
        return receptions(courtCases.read(caller, caseId).id(), null);
    }

    /** Whether the caller may record receptions of the matter and it is marked for the reception day. */
    @Transactional
    public boolean mayRecord(Caller caller, long caseId) {
        CaseFacts c = courtCases.read(caller, caseId);
        return courtCases.mayWork(caller, c, RECORDERS) && courtCases.form(c).forReceptionDay();
    }

    @Transactional
    public PresidentReception record(Caller caller, long caseId, Request in) {
        CaseFacts c = courtCases.get(caller, caseId);
        courtCases.requireWork(caller, c, "court.reception.forbidden", RECORDERS);
        Checks checks = new Checks(caller.locale());
        LocalDate heldOn = checks.present("heldOn", in.heldOn());
        if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
            checks.problem("heldOn", "court.input.future");
        } else if (heldOn != null && c.receivedOn() != null && heldOn.isBefore(c.receivedOn())) {
            checks.problem("heldOn", "court.reception.beforeReceived", heldOn, c.receivedOn());
        } else {
            requireReceptionDay(checks, "heldOn", heldOn);
        }
        String named = checks.required("vicePresident", in.vicePresident(), 50);
        // Recorded by the name people know the leader by, whether typed as 王建国 or as the user name.
        String vicePresident = named == null ? null : leaderOfTheCourt(c, named).orElse(null);
        if (named != null && vicePresident == null) {
            checks.problem("vicePresident", "court.reception.notALeader", named);
        }
        String judge = checks.required("presidingJudge", in.presidingJudge(), 50);
        String divisionHead = checks.required("divisionHead", in.divisionHead(), 50);
        String statement = checks.required("statement", in.statement(), PresidentReception.LONGEST_TEXT);
        String decision = checks.required("decision", in.decision(), PresidentReception.LONGEST_TEXT);
        checks.refuseIfAny();
        if (!courtCases.form(c).forReceptionDay()) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.reception.notMarked"));
        }
        if (!receptions(c.id(), heldOn).isEmpty()) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.reception.alreadyRecorded", heldOn));
        }
        PresidentReception reception = new PresidentReception(c.id(), heldOn, vicePresident, judge, divisionHead,
                courtCases.protect(caller, c, statement, PresidentReception.LONGEST_TEXT),
                courtCases.protect(caller, c, decision, PresidentReception.LONGEST_TEXT), caller.username(), LocalDateTime.now(clock));
        em.persist(reception);
        audit.record(caller, CourtAuditAction.COURT_PRESIDENT_RECEPTION_RECORDED, "Case", c.id(), c.unitId(),
                heldOn + " " + vicePresident + "，" + judge + "，" + divisionHead);
        return reception;
    }

    /** The division settings of the courts the caller sees. */
    @Transactional
    public List<DivisionLeader> divisions(Caller caller) {
        return em.createQuery("SELECT d FROM DivisionLeader d ORDER BY d.courtUnitId, d.tribunal", DivisionLeader.class).getResultList()
                .stream().filter(d -> organisation.unit(d.getCourtUnitId()).filter(u -> caller.visibility().sees(u.path())).isPresent())
                .toList();
    }

    /** The courts whose settings the caller may change: the court units (not tribunals) they lead or administer. */
    @Transactional
    public List<Organisation.Unit> courtsLedBy(Caller caller) {
        return organisation.ofAgency(CourtPlugin.ID).stream().filter(u -> maySet(caller, u)).toList();
    }

    /** The leaders of a court, from whom its vice-presidents in charge are chosen. */
    @Transactional
    public List<Organisation.Member> leadersOf(long courtUnitId) {
        return organisation.members(courtUnitId, CourtPlugin.ROLE_LEADER);
    }

    /**
     * Puts {@code vicePresident} (a user name) in charge of {@code tribunal} of the court; refused unless
     * the caller leads or administers the court and the user is one of its leaders.
     */
    @Transactional
    public DivisionLeader setDivisionLeader(Caller caller, Long courtUnitId, String tribunal, String vicePresident) {
        Checks given = new Checks(caller.locale());
        given.present("courtUnitId", courtUnitId);
        given.refuseIfAny();
        Organisation.Unit court = organisation.unit(courtUnitId)
                .filter(u -> CourtPlugin.ID.equals(u.agencyType()) && caller.visibility().sees(u.path()))
                .orElseThrow(() -> Refusal.notFound(Texts.get(caller.locale(), "court.division.courtNotFound", courtUnitId)));
        if (!maySet(caller, court)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), "court.division.forbidden"));
        }
        Checks checks = new Checks(caller.locale());
        String division = checks.required("tribunal", tribunal, 100);
        String username = checks.required("vicePresident", vicePresident, 64);
        Optional<Organisation.Member> leader = username == null ? Optional.empty()
                : leadersOf(court.id()).stream().filter(m -> m.username().equals(username)).findFirst();
        if (username != null && leader.isEmpty()) {
            checks.problem("vicePresident", "court.division.notALeader", username, court.name());
        }
        checks.refuseIfAny();
        DivisionLeader setting = em.createQuery("SELECT d FROM DivisionLeader d WHERE d.courtUnitId = :u AND d.tribunal = :t",
                        DivisionLeader.class).setParameter("u", court.id()).setParameter("t", division).getResultStream().findFirst()
                .orElseGet(() -> new DivisionLeader(court.id(), division));
        setting.handTo(username, leader.orElseThrow().displayName(), caller.username(), LocalDateTime.now(clock));
        if (setting.getId() == null) {
            em.persist(setting);
        }
        audit.record(caller, CourtAuditAction.COURT_DIVISION_LEADER_SET, "OrgUnit", court.id(), court.id(), division + " → " + username);
        return setting;
    }

    /**
     * The name of the leader {@code named} (a user name, or a name as the page fills it in, with the
     * post in brackets after it), if they lead the court holding the matter: its unit or a court unit
     * above it. The name is the one people know them by, without the post.
     */
    private Optional<String> leaderOfTheCourt(CaseFacts c, String named) {
        String name = withoutPost(named);
        Optional<Organisation.Unit> unit = organisation.unit(c.unitId());
        while (unit.isPresent() && CourtPlugin.ID.equals(unit.get().agencyType())) {
            Optional<String> leader = leadersOf(unit.get().id()).stream()
                    .filter(m -> m.username().equals(name) || withoutPost(m.displayName()).equals(name))
                    .map(m -> m.displayName() == null || m.displayName().isBlank() ? name : withoutPost(m.displayName())).findFirst();
            if (leader.isPresent()) {
                return leader;
            }
            unit = unit.get().parentId() == null ? Optional.empty() : organisation.unit(unit.get().parentId());
        }
        return Optional.empty();
    }

    private static String withoutPost(String name) {
        return name == null ? "" : name.replaceFirst("[（(].*$", "").strip();
    }

    private static boolean maySet(Caller caller, Organisation.Unit court) {
        return caller.hasRoleOver(CourtPlugin.ROLE_LEADER, court.path()) || caller.hasRoleOver(CoreRole.ADMIN, court.path());
    }

    private static void requireReceptionDay(Checks checks, String field, LocalDate day) {
        if (day != null && day.getDayOfWeek() != RECEPTION_WEEKDAY) {
            checks.problem(field, "court.reception.notFriday", day,
                    day.getDayOfWeek().getDisplayName(TextStyle.FULL, checks.locale()));
        }
    }

    /** The receptions of a matter, oldest first; only those held on {@code heldOn} unless it is null. */
    private List<PresidentReception> receptions(long caseId, LocalDate heldOn) {
        return em.createQuery("SELECT r FROM PresidentReception r WHERE r.caseId = :c ORDER BY r.heldOn, r.id", PresidentReception.class)
                .setParameter("c", caseId).getResultList().stream()
                .filter(r -> heldOn == null || heldOn.equals(r.getHeldOn())).toList();
    }
}
