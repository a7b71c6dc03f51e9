package org.xinfang.core.domain.model.figures;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One unit's line of a closed assessment: its name then, what it received, each part's share and its score. */
@Entity
@Table(name = "assessment_score")
public class ClosedScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "unit_name", nullable = false, length = 200, updatable = false)
    private String unitName;

    @Column(name = "received", nullable = false, updatable = false)
    private long received;

    /** Each part's share as {@code TIMELINESS=3/4;SATISFACTION=1/2;…}. */
    @Column(name = "shares", nullable = false, length = 400, updatable = false)
    private String shares;

    @Column(name = "score", precision = 5, scale = 2, updatable = false)
    private BigDecimal score;

    protected ClosedScore() {
    }

    public ClosedScore(int position, Long unitId, String unitName, long received, String shares, BigDecimal score) {
        this.position = position;
        this.unitId = unitId;
        this.unitName = unitName;
        this.received = received;
        this.shares = shares;
        this.score = score;
    }

    public int getPosition() {
        return position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public long getReceived() {
        return received;
    }

    public String getShares() {
        return shares;
    }

    public BigDecimal getScore() {
        return score;
    }
}
