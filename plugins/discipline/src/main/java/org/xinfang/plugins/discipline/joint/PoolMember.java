package org.xinfang.plugins.discipline.joint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A case officer in the committee's pool for joint investigations (人力资源库): drawn from the
 * committee itself and the lower committees, and usable in a team only once a leader approved them
 * (报经常委会审定). A standing-committee member (常委) may lead a team. Many have no account: the pool
 * is of people, the system's users are only some of them.
 */
@Entity
@Table(name = "discipline_joint_pool_member")
public class PoolMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "name", length = 50, nullable = false)
    private String name;

    /** The committee the member comes from: the committee itself or a lower committee. */
    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_name", length = 100, nullable = false)
    private String unitName;

    @Column(name = "post", length = 100)
    private String post;

    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "standing_committee", nullable = false)
    private boolean standingCommittee;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "added_by", length = 100, nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected PoolMember() {
        // JPA
    }

    public PoolMember(long committeeUnitId, String name, long unitId, String unitName, String post, String username,
                      boolean standingCommittee, String addedBy, LocalDateTime addedAt) {
        this.committeeUnitId = committeeUnitId;
        this.name = name;
        this.unitId = unitId;
        this.unitName = unitName;
        this.post = post;
        this.username = username;
        this.standingCommittee = standingCommittee;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public void approve(String by, LocalDateTime at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public boolean isApproved() {
        return approvedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public String getName() {
        return name;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getPost() {
        return post;
    }

    public String getUsername() {
        return username;
    }

    public boolean isStandingCommittee() {
        return standingCommittee;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
