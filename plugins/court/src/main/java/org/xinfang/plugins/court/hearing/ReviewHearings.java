package org.xinfang.plugins.court.hearing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.plugins.court.CourtPlugin;
import org.xinfang.plugins.court.kernel.Checks;
import org.xinfang.plugins.court.kernel.CourtAuditAction;
import org.xinfang.plugins.court.kernel.CourtCases;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;

/**
 * Review hearings (复查听证) of a matter: scheduled while the matter is in the hearing the procedure
 * opened (组织复查听证, which pauses the review clock), for a time still to come and one at a time; then
 * recorded once the hearing has begun. The court's leaders and judges over the unit holding the
 * review do this; whoever sees the matter reads it.
 */
@ApplicationScoped
public class ReviewHearings {

    /** The schedule: when, where, who presides, who takes part. */
    public record Schedule(LocalDateTime startsAt, String place, String presiding, String participants) {
    }

    /** The record: what the petitioner said, what the court's side said, the conclusion. */
    public record Minutes(String petitionerStatement, String courtStatement, String conclusion) {
    }

    /** The procedure's state while a hearing is open (CourtProcedure.REVIEW_HEARING). */
    static final String HEARING_STATE = "review_hearing";
    static final String[] WORKERS = {CourtPlugin.ROLE_LEADER, CourtPlugin.ROLE_JUDGE};
    /** How far ahead a hearing may be set: the review it pauses is due within 30 days. */
    static final Period FURTHEST_AHEAD = Period.ofYears(1);
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Inject
    CourtCases courtCases;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<ReviewHearing> of(Caller caller, long caseId) {
        return hearings(courtCases.read(caller, caseId).id());
    }

    /** Whether the caller may schedule and record hearings of the matter (the page shows the forms then). */
    @Transactional
    public boolean mayWork(Caller caller, long caseId) {
        return courtCases.mayWork(caller, courtCases.read(caller, caseId), WORKERS);
    }

    /** Whether the matter is in the hearing the procedure opened (a new hearing may be scheduled). */
    @Transactional
    public boolean inHearing(Caller caller, long caseId) {
        return HEARING_STATE.equals(courtCases.read(caller, caseId).state());
    }

    @Transactional
    public ReviewHearing schedule(Caller caller, long caseId, Schedule in) {
        CaseFacts c = courtCases.get(caller, caseId);
        courtCases.requireWork(caller, c, "court.hearing.forbidden", WORKERS);
        Checks checks = new Checks(caller.locale());
        LocalDateTime startsAt = checks.present("startsAt", in.startsAt());
        LocalDateTime now = LocalDateTime.now(clock);
        if (startsAt != null && !startsAt.isAfter(now)) {
            checks.problem("startsAt", "court.hearing.startsInThePast");
        } else if (startsAt != null && startsAt.isAfter(now.plus(FURTHEST_AHEAD))) {
            // A mistyped year would leave a hearing pending that can be neither recorded nor replaced.
            checks.problem("startsAt", "court.hearing.tooFarAhead", now.plus(FURTHEST_AHEAD).toLocalDate());
        }
        String place = checks.required("place", in.place(), 200);
        String presiding = checks.required("presiding", in.presiding(), 50);
        String participants = checks.required("participants", in.participants(), ReviewHearing.LONGEST_PARTICIPANTS);
        checks.refuseIfAny();
        if (!HEARING_STATE.equals(c.state())) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.hearing.notOpened"));
        }
        if (hearings(c.id()).stream().anyMatch(h -> !h.isHeld())) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.hearing.alreadyScheduled"));
        }
        ReviewHearing hearing = new ReviewHearing(c.id(), startsAt, place, presiding,
                courtCases.protect(caller, c, participants, ReviewHearing.LONGEST_PARTICIPANTS), caller.username());
        em.persist(hearing);
        audit.record(caller, CourtAuditAction.COURT_REVIEW_HEARING_SCHEDULED, "Case", c.id(), c.unitId(),
                WRITTEN.format(startsAt) + " " + place);
        return hearing;
    }

    @Transactional
    public ReviewHearing record(Caller caller, long caseId, long hearingId, Minutes in) {
        CaseFacts c = courtCases.get(caller, caseId);
        courtCases.requireWork(caller, c, "court.hearing.forbidden", WORKERS);
        ReviewHearing hearing = em.find(ReviewHearing.class, hearingId, LockModeType.PESSIMISTIC_WRITE);
        if (hearing == null || hearing.getCaseId() != c.id()) {
            throw Refusal.notFound(Texts.get(caller.locale(), "court.hearing.notFound", hearingId));
        }
        Checks checks = new Checks(caller.locale());
        String petitionerSaid = checks.required("petitionerStatement", in.petitionerStatement(), ReviewHearing.LONGEST_TEXT);
        String courtSaid = checks.required("courtStatement", in.courtStatement(), ReviewHearing.LONGEST_TEXT);
        String conclusion = checks.required("conclusion", in.conclusion(), ReviewHearing.LONGEST_TEXT);
        checks.refuseIfAny();
        if (hearing.isHeld()) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.hearing.alreadyRecorded"));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.isBefore(hearing.getStartsAt())) {
            throw Refusal.conflict(Texts.get(caller.locale(), "court.hearing.notYetHeld", WRITTEN.format(hearing.getStartsAt())));
        }
        hearing.recordAs(courtCases.protect(caller, c, petitionerSaid, ReviewHearing.LONGEST_TEXT),
                courtCases.protect(caller, c, courtSaid, ReviewHearing.LONGEST_TEXT),
                courtCases.protect(caller, c, conclusion, ReviewHearing.LONGEST_TEXT), caller.username(), now);
        audit.record(caller, CourtAuditAction.COURT_REVIEW_HEARING_RECORDED, "Case", c.id(), c.unitId(), "听证第" + hearing.getId() + "号");
        return hearing;
    }

    private List<ReviewHearing> hearings(long caseId) {
        return em.createQuery("SELECT h FROM ReviewHearing h WHERE h.caseId = :c ORDER BY h.startsAt, h.id", ReviewHearing.class)
                .setParameter("c", caseId).getResultList();
    }
}
