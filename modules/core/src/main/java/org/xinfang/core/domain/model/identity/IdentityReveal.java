package org.xinfang.core.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One reveal of a case's sealed identities by its identity keeper: who, when, why, and what was shown
 * (the parties, or one identifying attachment). Written in the transaction that shows the identity,
 * so no identity leaves the server unlogged; never changed afterwards. The audit trail records the
 * same reveal, chained with everything else.
 */
@Entity
@Table(name = "identity_reveal")
public class IdentityReveal {

    /** Shown: the case's sealed parties. */
    public static final String PARTIES = "parties";

    /** Shown: one identifying attachment, {@code attachment:<document id>}. */
    public static String attachment(Long documentId) {
        return "attachment:" + documentId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    /** The unit whose keeper revealed: the case's identity holder at the time. */
    @Column(name = "holder_id", nullable = false, updatable = false)
    private Long holderId;

    @Column(name = "revealed_by", nullable = false, length = 64, updatable = false)
    private String revealedBy;

    @Column(name = "revealed_at", nullable = false, updatable = false)
    private LocalDateTime revealedAt;

    @Column(name = "reason", nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "shown", nullable = false, length = 200, updatable = false)
    private String shown;

    protected IdentityReveal() {
    }

    public IdentityReveal(Long caseId, Long holderId, String revealedBy, LocalDateTime revealedAt, String reason, String shown) {
        this.caseId = caseId;
        this.holderId = holderId;
        this.revealedBy = revealedBy;
        this.revealedAt = revealedAt;
        this.reason = reason;
        this.shown = shown;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getHolderId() {
        return holderId;
    }

    public String getRevealedBy() {
        return revealedBy;
    }

    public LocalDateTime getRevealedAt() {
        return revealedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getShown() {
        return shown;
    }
}
