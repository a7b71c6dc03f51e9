package org.xinfang.core.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.xinfang.core.domain.model.unit.OrgUnit;

/** A role a user holds in one unit (and so over that unit's subtree). */
@Entity
@Table(name = "user_unit_role")
public class UnitRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Column(name = "role_name", nullable = false, length = 64)
    private String roleName;

    protected UnitRole() {
    }

    UnitRole(AppUser user, OrgUnit unit, String roleName) {
        this.user = user;
        this.unit = unit;
        this.roleName = roleName;
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getRoleName() {
        return roleName;
    }
}
