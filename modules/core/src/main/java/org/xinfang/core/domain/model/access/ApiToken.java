package org.xinfang.core.domain.model.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.user.AppUser;

/**
 * A token an API client sends instead of its password: issued to one user, until a date, revocable.
 * Only the SHA-256 of the token is stored, so the row cannot be used to call the API.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How often a token's last use is written: a write per call would cost more than the check saves. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(AppUser user, String tokenHash, String label, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.label = label;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token still lets its user in: not revoked, not expired, the account enabled. */
    public boolean admits(LocalDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt) && user.isEnabled();
    }

    /** Notes a use; true when that changed the row (at most once per {@link #LAST_USE_GRANULARITY}). */
    public boolean usedAt(LocalDateTime now) {
        if (lastUsedAt != null && lastUsedAt.plus(LAST_USE_GRANULARITY).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public AppUser getUser() {
        return user;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
