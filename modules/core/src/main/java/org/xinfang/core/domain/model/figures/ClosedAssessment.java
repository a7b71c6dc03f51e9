package org.xinfang.core.domain.model.figures;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's assessment of the units below it for a period, closed (定稿): the scores and shares as they
 * were counted when it closed, kept as they are. Records edited afterwards — a category corrected, a late
 * rating, a unit moved — change the live figures, never a closed period's.
 */
@Entity
@Table(name = "assessment_closed")
public class ClosedAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate to;

    @Column(name = "weights", nullable = false, length = 200, updatable = false)
    private String weights;

    @Column(name = "closed_by", nullable = false, length = 64, updatable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private LocalDateTime closedAt;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "closed_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<ClosedScore> scores = new ArrayList<>();

    protected ClosedAssessment() {
    }

    public ClosedAssessment(Long unitId, LocalDate from, LocalDate to, String weights, String closedBy, LocalDateTime closedAt,
                            List<ClosedScore> scores) {
        this.unitId = unitId;
        this.from = from;
        this.to = to;
        this.weights = weights;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.scores = new ArrayList<>(scores);
    }

    public Long getId() {
        return id;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    /** The weights it was scored by, as {@code TIMELINESS=30;SATISFACTION=25;…}. */
    public String getWeights() {
        return weights;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public List<ClosedScore> getScores() {
        return List.copyOf(scores);
    }
}
