package org.xinfang.plugins.court.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The vice-president (分管副院长) in charge of one division (审判庭) of a court: on the president's
 * reception day the marked matters tried by that division go to them. Kept by the court's leaders;
 * the division is named as the registration form names it.
 */
@Entity
@Table(name = "court_division_leader")
public class DivisionLeader {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "court_unit_id", nullable = false)
    private long courtUnitId;

    @Column(name = "tribunal", nullable = false, length = 100)
    private String tribunal;

    @Column(name = "vice_president", nullable = false, length = 64)
    private String vicePresident;

    @Column(name = "vice_president_name", nullable = false, length = 100)
    private String vicePresidentName;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected DivisionLeader() {
    }

    DivisionLeader(long courtUnitId, String tribunal) {
        this.courtUnitId = courtUnitId;
        this.tribunal = tribunal;
    }

    void handTo(String username, String displayName, String by, LocalDateTime at) {
        this.vicePresident = username;
        this.vicePresidentName = displayName;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getCourtUnitId() {
        return courtUnitId;
    }

    public String getTribunal() {
        return tribunal;
    }

    public String getVicePresident() {
        return vicePresident;
    }

    public String getVicePresidentName() {
        return vicePresidentName;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
