package org.xinfang.plugins.discipline.joint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A standing joint-investigation team (联查小组), led by a standing-committee member, its members from
 * the approved pool. The team works across regions: the regions of its members (their committees,
 * other than the committee that runs the investigation) are the ones it may not investigate.
 */
@Entity
@Table(name = "discipline_joint_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "committee_unit_id", nullable = false)
    private Long committeeUnitId;

    @Column(name = "name", length = 50, nullable = false)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "leader_id", nullable = false)
    private PoolMember leader;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "discipline_joint_team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("id")
    private Set<PoolMember> members = new LinkedHashSet<>();

    @Column(name = "created_by", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Team() {
        // JPA
    }

    public Team(long committeeUnitId, String name, PoolMember leader, String createdBy, LocalDateTime createdAt) {
        this.committeeUnitId = committeeUnitId;
        this.name = name;
        this.leader = leader;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void add(PoolMember member) {
        members.add(member);
    }

    /** The leader first, then the members. */
    public List<PoolMember> everyone() {
        List<PoolMember> all = new ArrayList<>();
        all.add(leader);
        members.stream().filter(m -> !m.getId().equals(leader.getId())).forEach(all::add);
        return all;
    }

    public boolean includes(PoolMember member) {
        return everyone().stream().anyMatch(m -> m.getId().equals(member.getId()));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getCommitteeUnitId() {
        return committeeUnitId;
    }

    public String getName() {
        return name;
    }

    public PoolMember getLeader() {
        return leader;
    }

    public List<PoolMember> getMembers() {
        return List.copyOf(members);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
