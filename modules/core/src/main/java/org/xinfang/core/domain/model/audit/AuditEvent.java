package org.xinfang.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One entry of the append-only audit log: who did what to which record, when. Each entry carries the
 * SHA-256 of its own content and of the entry before it on its chain, so that editing, deleting,
 * inserting or reordering rows breaks the chain there and {@code AuditVerifier} finds it. The log has
 * {@link #CHAINS} chains, each with its head row; the chain number is not hashed, since moving an entry
 * to another chain breaks both chains' links anyway.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** How many chains the log has (rows of {@code audit_chain_head}, 0 to CHAINS - 1). */
    public static final int CHAINS = 16;

    /** The previous hash of a chain's first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "detail", length = 4000)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "chain_no", nullable = false, updatable = false)
    private int chainNo;

    protected AuditEvent() {
    }

    public AuditEvent(int chainNo, LocalDateTime occurredAt, String actor, String action, String entityType, String entityId,
                      Long unitId, String detail, String previousHash) {
        this.chainNo = chainNo;
        // The column keeps microseconds (DATETIME(6)); the clock may give nanoseconds, and a hash over
        // a time the database then rounds could never be verified again.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.unitId = unitId;
        this.detail = detail;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The hash this entry should carry, from its content and its predecessor's hash. */
    public String computeHash() {
        // The time to the second: MySQL Connector/J sends no fraction of a second to MariaDB (it takes
        // the server's "5.5.5-" version prefix for a server without fractional seconds), so the
        // fraction a DATETIME(6) column gives back depends on the database, and a chain hashed over
        // it would not verify there.
        return Sha256.of(occurredAt.truncatedTo(ChronoUnit.SECONDS).toString(), actor, action, entityType, entityId,
                String.valueOf(unitId), String.valueOf(detail), previousHash);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public int getChainNo() {
        return chainNo;
    }

    /** The chain a transaction whose first event is about this record appends to: the same for every event about it. */
    public static int chainOf(String entityType, String entityId) {
        return Math.floorMod((entityType + ":" + entityId).hashCode(), CHAINS);
    }
}
