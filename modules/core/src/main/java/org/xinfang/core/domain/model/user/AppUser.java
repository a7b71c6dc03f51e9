package org.xinfang.core.domain.model.user;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * A person who signs in: a clerk at the window, a handler, a leader, an administrator. The server's
 * security realm reads {@code username}, {@code password_hash} (bcrypt) and the role names straight
 * from these tables; the application reads the same rows to know in which units the roles hold.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "AppUser.findByUsername", query = "SELECT u FROM AppUser u LEFT JOIN FETCH u.roles WHERE u.username = :username")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** A first or reset password, which the user must replace before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<UnitRole> roles = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, String email, LocalDateTime createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.email = email;
        this.createdAt = createdAt;
    }

    public UnitRole grant(String roleName, OrgUnit unit) {
        UnitRole role = new UnitRole(this, unit, roleName);
        roles.add(role);
        return role;
    }

    /** Whether the user holds {@code roleName} in {@code unit} itself. */
    public boolean holds(String roleName, OrgUnit unit) {
        return roles.stream().anyMatch(r -> r.getRoleName().equals(roleName) && r.getUnit().getId().equals(unit.getId()));
    }

    /** Takes the role away; false when the user did not hold it there. */
    public boolean revoke(String roleName, OrgUnit unit) {
        return roles.removeIf(r -> r.getRoleName().equals(roleName) && r.getUnit().getId().equals(unit.getId()));
    }

    /** The user chose a new password: it is theirs now, nothing more to change. */
    public void passwordChosen(String hash, LocalDateTime now) {
        passwordHash = hash;
        passwordChangedAt = now;
        mustChangePassword = false;
    }

    /** An administrator set a password (a first one, or a reset): the user must choose their own at sign-in. */
    public void passwordIssued(String hash, LocalDateTime now) {
        passwordHash = hash;
        passwordChangedAt = now;
        mustChangePassword = true;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<UnitRole> getRoles() {
        return Collections.unmodifiableList(roles);
    }
}
