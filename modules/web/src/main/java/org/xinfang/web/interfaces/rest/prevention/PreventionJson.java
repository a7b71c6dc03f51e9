package org.xinfang.web.interfaces.rest.prevention;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.prevention.Mediations;
import org.xinfang.core.domain.model.prevention.FollowUp;
import org.xinfang.core.domain.model.prevention.Mediation;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.prevention.RiskAssessment;

/** The answers of the prevention API, as plain records; each enum as its name and its label in the caller's language. */
public final class PreventionJson {

    private PreventionJson() {
    }

    public record FollowUpJson(String followedOn, String note, String recordedBy, LocalDateTime recordedAt) {
        static FollowUpJson of(FollowUp f) {
            return new FollowUpJson(text(f.getFollowedOn()), f.getNote(), f.getRecordedBy(), f.getRecordedAt());
        }
    }

    public record AssessmentJson(Long id, Long unitId, String unit, String projectName, String projectOwner, String plannedStart,
                                 String assessedOn, String risks, String riskRating, String riskRatingLabel, String conditions,
                                 String status, String statusLabel, List<FollowUpJson> followUps, String recordedBy, LocalDateTime recordedAt,
                                 String closingNote, String closedBy, LocalDateTime closedAt, boolean mayChange) {

        static AssessmentJson of(RiskAssessment a, boolean mayChange, Locale locale) {
            return new AssessmentJson(a.getId(), a.getUnit().getId(), a.getUnit().getName(), a.getProjectName(), a.getProjectOwner(),
                    text(a.getPlannedStart()), text(a.getAssessedOn()), a.getRisks(), a.getRating().name(), a.getRating().label().in(locale),
                    a.getConditions(), a.getStatus().name(), a.getStatus().label().in(locale),
                    a.getFollowUps().stream().map(FollowUpJson::of).toList(), a.getRecordedBy(), a.getRecordedAt(), a.getClosingNote(),
                    a.getClosedBy(), a.getClosedAt(), mayChange);
        }
    }

    public record MediationJson(Long id, Long caseId, String kind, String kindLabel, String mediator, String matter, String referredOn,
                                String referredBy, boolean open, int clocksPaused, String result, String resultLabel, String agreement,
                                String concludedOn, String concludedBy, boolean mayConclude) {

        static MediationJson of(Mediations.MediationView v, Locale locale) {
            return of(v.mediation(), v.mayConclude(), locale);
        }

        static MediationJson of(Mediation m, boolean mayConclude, Locale locale) {
            return new MediationJson(m.getId(), m.getCaseId(), m.getKind().name(), m.getKind().label().in(locale), m.getMediator(),
                    m.getMatter(), text(m.getReferredOn()), m.getReferredBy(), m.isOpen(), m.getPausedClockIds().size(),
                    m.getResult() == null ? null : m.getResult().name(), m.getResult() == null ? null : m.getResult().label().in(locale),
                    m.getAgreement(), text(m.getConcludedOn()), m.getConcludedBy(), mayConclude);
        }
    }

    public record MatterJson(Long caseId, String number, String subject) {
        static MatterJson of(AnalysisMeetings.Matter m) {
            return new MatterJson(m.caseId(), m.number(), m.subject());
        }
    }

    public record DecisionJson(Long id, String decision, String responsible, String dueOn, boolean done, boolean overdue, String doneNote,
                               String doneBy, LocalDateTime doneAt) {

        static DecisionJson of(AnalysisMeetings.DecisionView v) {
            return of(v.decision(), v.overdue());
        }

        static DecisionJson of(MeetingDecision d, boolean overdue) {
            return new DecisionJson(d.getId(), d.getText(), d.getResponsible(), text(d.getDueOn()), d.isDone(), overdue, d.getDoneNote(),
                    d.getDoneBy(), d.getDoneAt());
        }
    }

    public record MeetingJson(Long id, Long unitId, String unit, String kind, String kindLabel, String meetingDate, String month,
                              String attendees, String outsideBodies, String situation,
                              List<MatterJson> matters, List<DecisionJson> decisions, String recordedBy, LocalDateTime recordedAt,
                              boolean mayFollowUp) {

        static MeetingJson of(AnalysisMeetings.MeetingView v) {
            var m = v.meeting();
            return new MeetingJson(m.getId(), m.getUnit().getId(), m.getUnit().getName(), m.getKind(), v.kindLabel(), text(m.getHeldOn()),
                    m.getMonth().toString(), m.getAttendees(), m.getOutsideBodies(), m.getSituation(),
                    v.matters().stream().map(MatterJson::of).toList(),
                    v.decisions().stream().map(DecisionJson::of).toList(), m.getRecordedBy(), m.getRecordedAt(), v.mayFollowUp());
        }
    }

    /** A meeting kind a unit records; {@code heldThisMonth} only for monthly kinds, null until this month's is held. */
    public record MeetingKindJson(String code, String label, boolean outsideBodies, boolean monthly, String heldThisMonth) {

        static MeetingKindJson of(AnalysisMeetings.KindView v, Locale locale) {
            return new MeetingKindJson(v.kind().code(), v.kind().label().in(locale), v.kind().outsideBodies(), v.kind().monthly(),
                    text(v.heldThisMonth()));
        }
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
