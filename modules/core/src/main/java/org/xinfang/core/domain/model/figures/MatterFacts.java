package org.xinfang.core.domain.model.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Rating;
import org.xinfang.api.port.CaseHistories.Clock;
import org.xinfang.api.procedure.GeneralProcedure;

/**
 * What happened to one matter, as the figures count it: the days it was answered, accepted, declined,
 * decided, rated and asked to be reviewed, and the limits it was held to. Derived whole from the matter's
 * steps, notices and clocks by {@link #derive} — after every step, in the step's own transaction — and
 * never edited, so a rate is a count of rows. Each day is kept so that a period is counted as it stood
 * on its last day: what happened later does not change it.
 */
@Entity
@Table(name = "matter_facts")
public class MatterFacts {

    /** The clocks whose due date is the day the written answer on acceptance was owed: at intake, or at the body it was sent to. */
    static final Set<String> ANSWER_CLOCKS = Set.of(GeneralProcedure.CLOCK_INTAKE, GeneralProcedure.CLOCK_ACCEPTANCE);

    /** The notices that answer whether a matter is accepted. */
    static final Set<NoticeKind> ANSWERS_ON_ACCEPTANCE = EnumSet.of(NoticeKind.ACCEPTANCE, NoticeKind.DECLINE);

    /** How the matter arrived and where it is: the fixed part of the row, read from the case. */
    public record Matter(long caseId, long unitId, String agencyType, Channel channel, String category, LocalDate receivedOn,
                         boolean repeat, boolean aboveLevel) {
        public Matter {
            Objects.requireNonNull(receivedOn, "receivedOn");
        }
    }

    /** A step of the matter's history as the figures need it: when, the unit it left the matter with, a rating given, whether it named a legal route. */
    public record Step(LocalDateTime at, long toUnitId, Rating rating, boolean legalRoute) {
    }

    /** A written notice of the matter and when it was issued (served with the step that issued it). */
    public record Notice(NoticeKind kind, LocalDateTime at) {
    }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "agency_type", nullable = false, length = 32)
    private String agencyType;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Column(name = "category", nullable = false, length = 64)
    private String category;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "repeat_matter", nullable = false)
    private boolean repeat;

    @Column(name = "above_level", nullable = false)
    private boolean aboveLevel;

    @Column(name = "answer_due_on")
    private LocalDate answerDueOn;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "declined_on")
    private LocalDate declinedOn;

    @Column(name = "litigation", nullable = false)
    private boolean litigation;

    @Column(name = "handling_due_on")
    private LocalDate handlingDueOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 32)
    private Rating rating;

    @Column(name = "review_asked_on")
    private LocalDate reviewAskedOn;

    @Column(name = "repeated_on")
    private LocalDate repeatedOn;

    protected MatterFacts() {
    }

    /**
     * The row of a matter from its history: {@code steps} and {@code notices} oldest first, its
     * {@code clocks}, and the day the first later matter was registered as a repeat of it (null: none).
     * <ul>
     * <li>the unit counted is the one that answered on acceptance — where the matter was when the first
     * 受理告知书 or 不予受理告知书 was issued — so a review sent upward stays the deciding unit's; a matter not
     * answered yet counts where it is;</li>
     * <li>answered: the first 受理告知书 or 不予受理告知书; its due date is that of the intake or acceptance
     * clock that ran when it was issued (the last started, if it never was);</li>
     * <li>decided: the first 处理意见书, held to the handling clock's due date with any extension;</li>
     * <li>rated: the first rating step; litigation: a step that named a legal route (诉访分离);</li>
     * <li>review asked: the day the review clock started.</li>
     * </ul>
     */
    public static MatterFacts derive(Matter matter, List<Step> steps, List<Notice> notices, List<Clock> clocks, LocalDate repeatedOn) {
        MatterFacts f = new MatterFacts();
        f.caseId = matter.caseId();
        Optional<Notice> answer = notices.stream().filter(n -> ANSWERS_ON_ACCEPTANCE.contains(n.kind()))
                .min(Comparator.comparing(Notice::at));
        f.unitId = answer.flatMap(a -> steps.stream().filter(s -> !s.at().isAfter(a.at())).reduce((first, second) -> second))
                .map(Step::toUnitId).orElse(matter.unitId());
        f.agencyType = matter.agencyType();
        f.channel = matter.channel();
        f.category = matter.category();
        f.receivedOn = matter.receivedOn();
        f.repeat = matter.repeat();
        f.aboveLevel = matter.aboveLevel();
        f.answeredOn = first(notices, ANSWERS_ON_ACCEPTANCE);
        f.acceptedOn = first(notices, EnumSet.of(NoticeKind.ACCEPTANCE));
        f.declinedOn = first(notices, EnumSet.of(NoticeKind.DECLINE));
        f.decidedOn = first(notices, EnumSet.of(NoticeKind.DECISION));
        f.answerDueOn = answerClock(clocks, f.answeredOn).map(Clock::dueOn).orElse(null);
        f.handlingDueOn = clock(clocks, GeneralProcedure.CLOCK_HANDLING).map(Clock::dueOn).orElse(null);
        f.reviewAskedOn = clock(clocks, GeneralProcedure.CLOCK_REVIEW).map(Clock::startedOn).orElse(null);
        Optional<Step> rated = steps.stream().filter(s -> s.rating() != null).findFirst();
        f.ratedOn = rated.map(r -> r.at().toLocalDate()).orElse(null);
        f.rating = rated.map(Step::rating).orElse(null);
        f.litigation = steps.stream().anyMatch(Step::legalRoute);
        f.repeatedOn = repeatedOn;
        return f;
    }

    private static LocalDate first(List<Notice> notices, Set<NoticeKind> kinds) {
        return notices.stream().filter(n -> kinds.contains(n.kind())).map(n -> n.at().toLocalDate())
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static Optional<Clock> answerClock(List<Clock> clocks, LocalDate answeredOn) {
        return clocks.stream().filter(k -> ANSWER_CLOCKS.contains(k.name()))
                .filter(k -> answeredOn == null || !k.startedOn().isAfter(answeredOn))
                .max(Comparator.comparing(Clock::startedOn).thenComparing(k -> k.name().equals(GeneralProcedure.CLOCK_ACCEPTANCE)));
    }

    private static Optional<Clock> clock(List<Clock> clocks, String name) {
        return clocks.stream().filter(k -> k.name().equals(name)).reduce((first, second) -> second);
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getAgencyType() {
        return agencyType;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCategory() {
        return category;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public boolean isAboveLevel() {
        return aboveLevel;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getDeclinedOn() {
        return declinedOn;
    }

    public boolean isLitigation() {
        return litigation;
    }

    public LocalDate getHandlingDueOn() {
        return handlingDueOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public Rating getRating() {
        return rating;
    }

    public LocalDate getReviewAskedOn() {
        return reviewAskedOn;
    }

    public LocalDate getRepeatedOn() {
        return repeatedOn;
    }
}
