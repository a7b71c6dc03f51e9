package org.xinfang.core.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;

/**
 * One step of a case's procedure, appended and never changed: who took which transition when, from
 * which state to which, why, with what it decided, and where the case went.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

    /** The name of the first step, written when a case is registered. */
    public static final String REGISTER = "register";

    /** How the first step reads in the history: it is not a transition of any procedure. */
    public static final LocalizedText REGISTER_LABEL = LocalizedText.of("登记", "Register");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "transition", nullable = false, length = 64, updatable = false)
    private String transition;

    @Column(name = "from_state", nullable = false, length = 48, updatable = false)
    private String fromState;

    @Column(name = "to_state", nullable = false, length = 48, updatable = false)
    private String toState;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "reason", length = 4000, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 32, updatable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_route", length = 48, updatable = false)
    private LegalRoute legalRoute;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 32, updatable = false)
    private Rating rating;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "extension_days", updatable = false)
    private Integer extensionDays;

    @Column(name = "from_unit_id", nullable = false, updatable = false)
    private Long fromUnitId;

    @Column(name = "to_unit_id", nullable = false, updatable = false)
    private Long toUnitId;

    protected CaseStep() {
    }

    public CaseStep(Long caseId, String transition, String fromState, String toState, String actor, LocalDateTime occurredAt,
                    StepFacts facts, Long fromUnitId, Long toUnitId) {
        this.caseId = caseId;
        this.transition = transition;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = facts.reason();
        this.outcome = facts.outcome();
        this.legalRoute = facts.legalRoute();
        this.rating = facts.rating();
        this.dueOn = facts.dueDate();
        this.extensionDays = facts.extensionDays();
        this.fromUnitId = fromUnitId;
        this.toUnitId = toUnitId;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getTransition() {
        return transition;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public Rating getRating() {
        return rating;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public Long getFromUnitId() {
        return fromUnitId;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public boolean movedUnit() {
        return !fromUnitId.equals(toUnitId);
    }
}
