package org.xinfang.core.domain.model.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.xinfang.api.model.Channel;

/**
 * One order another system handed over — a 12345 hotline work order, a letter to a leader's mailbox —
 * under the source's own reference, and the matter it became or was attached to (ADR 0039). Unique by
 * source and reference, so the same order sent again finds its matter instead of making a second one.
 */
@Entity
@Table(name = "xf_intake_reference")
@NamedQuery(name = "IntakeReference.find", query = "SELECT r FROM IntakeReference r WHERE r.source = :source AND r.reference = :reference")
@NamedQuery(name = "IntakeReference.changedSince", query = "SELECT r FROM IntakeReference r, Case c WHERE c.id = r.caseId"
        + " AND r.source = :source AND c.updatedAt > :since ORDER BY c.updatedAt, r.id")
public class IntakeReference {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source", nullable = false, length = 32)
    private String source;

    @Column(name = "reference", nullable = false, length = 64)
    private String reference;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    /** True when the order was about a matter already open and was attached to it, not registered. */
    @Column(name = "attached", nullable = false)
    private boolean attached;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;

    protected IntakeReference() {
    }

    public IntakeReference(String source, String reference, long caseId, Channel channel, boolean attached, LocalDateTime receivedAt,
                           String receivedBy) {
        this.source = source;
        this.reference = reference;
        this.caseId = caseId;
        this.channel = channel;
        this.attached = attached;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }

    public long getCaseId() {
        return caseId;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isAttached() {
        return attached;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }
}
