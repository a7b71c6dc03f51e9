package org.xinfang.core.domain.model.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.xinfang.api.model.Rating;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The record of one meeting between a leader and petitioners (接访记录): its kind (接访, 约访, 下访,
 * 回访), the leader, when and where, who came (a collective visit names at most five
 * representatives and keeps the head count), what they asked, the leader's instruction (批示) and
 * the outcome — or, for a follow-up, how satisfied the petitioner is. It points at the case it
 * concerns and, for a booked reception, at the appointment it held.
 */
@Entity
@Table(name = "reception_visit")
public class ReceptionVisit {

    /** The request's and the instruction's columns. */
    public static final int LONGEST_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private VisitKind kind;

    @Column(name = "leader_username", nullable = false, length = 64)
    private String leaderUsername;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "head_count", nullable = false)
    private int headCount;

    @Column(name = "request", nullable = false, length = LONGEST_TEXT)
    private String request;

    @Column(name = "instruction", length = LONGEST_TEXT)
    private String instruction;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 16)
    private VisitOutcome outcome;

    @Column(name = "handler_username", length = 64)
    private String handlerUsername;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", length = 24)
    private Rating satisfaction;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reception_visit_person", joinColumns = @JoinColumn(name = "visit_id"))
    @OrderColumn(name = "ordinal")
    private List<VisitPerson> people = new ArrayList<>();

    protected ReceptionVisit() {
    }

    public ReceptionVisit(VisitKind kind, String leaderUsername, LocalDate heldOn, String place, int headCount, String request,
                          String instruction) {
        this.kind = kind;
        this.leaderUsername = leaderUsername;
        this.heldOn = heldOn;
        this.place = place;
        this.headCount = headCount;
        this.request = request;
        this.instruction = instruction;
    }

    /** The outcome of a reception, invited or field visit; a handler and due date only when ASSIGNED. */
    public void concludeWith(VisitOutcome outcome, String handlerUsername, LocalDate dueOn) {
        this.outcome = outcome;
        this.handlerUsername = outcome == VisitOutcome.ASSIGNED ? handlerUsername : null;
        this.dueOn = outcome == VisitOutcome.ASSIGNED ? dueOn : null;
    }

    public void rateWith(Rating satisfaction) {
        this.satisfaction = satisfaction;
    }

    public void addPerson(VisitPerson person) {
        people.add(person);
    }

    /** Files the record in {@code unitId}, for {@code caseId} (may be null) and the appointment it held (may be null). */
    public void record(Long unitId, Long caseId, Long appointmentId, String by, LocalDateTime at) {
        this.unitId = unitId;
        this.caseId = caseId;
        this.appointmentId = appointmentId;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /**
     * This record as it may be shown when the case it concerns has sealed identities: who came as
     * {@code shownNames} (the pseudonyms) without phone or identity number, and the request and
     * instruction through {@code redact}. A copy for display, never stored.
     */
    public ReceptionVisit sealedCopy(List<String> shownNames, UnaryOperator<String> redact) {
        ReceptionVisit copy = new ReceptionVisit(kind, leaderUsername, heldOn, place, headCount, redact.apply(request),
                instruction == null ? null : redact.apply(instruction));
        copy.id = id;
        copy.concludeWith(outcome, handlerUsername, dueOn);
        copy.rateWith(satisfaction);
        shownNames.forEach(name -> copy.addPerson(new VisitPerson(name, null, null)));
        copy.record(unitId, caseId, appointmentId, recordedBy, recordedAt);
        return copy;
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public String getLeaderUsername() {
        return leaderUsername;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getHeadCount() {
        return headCount;
    }

    public String getRequest() {
        return request;
    }

    public String getInstruction() {
        return instruction;
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public String getHandlerUsername() {
        return handlerUsername;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Rating getSatisfaction() {
        return satisfaction;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public List<VisitPerson> getPeople() {
        return people;
    }
}
