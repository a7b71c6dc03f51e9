package org.xinfang.core.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A seal over every chain of the audit log at one time: each chain's last event and its hash, hashed
 * together with the checkpoint before. An event the checkpoint names must still be on its chain with
 * that hash, so cutting a chain back — its newest events deleted and its head row rewound with them —
 * is found even though what is left links up. Each checkpoint's hash is also written to the server
 * log, a copy outside the database.
 */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    /** One chain's head as sealed: its last event (null while the chain is empty) and that event's hash. */
    public record Head(int chainNo, Long eventId, String hash) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sealed_at", nullable = false)
    private LocalDateTime sealedAt;

    @Column(name = "heads", nullable = false, length = 4000)
    private String heads;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    protected AuditCheckpoint() {
    }

    public AuditCheckpoint(LocalDateTime sealedAt, List<Head> heads, String previousHash) {
        // Seconds only, as for events: the database may give back a different fraction.
        this.sealedAt = sealedAt.truncatedTo(ChronoUnit.SECONDS);
        StringBuilder text = new StringBuilder();
        for (Head h : heads) {
            text.append(h.chainNo()).append(':').append(h.eventId() == null ? "" : h.eventId()).append(':').append(h.hash()).append(';');
        }
        this.heads = text.toString();
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The hash this checkpoint should carry, from its content and its predecessor's hash. */
    public String computeHash() {
        return Sha256.of(sealedAt.truncatedTo(ChronoUnit.SECONDS).toString(), heads, previousHash);
    }

    /** The heads as sealed; a stored text that does not parse yields what parses (its hash no longer matches anyway). */
    public List<Head> heads() {
        List<Head> parsed = new ArrayList<>();
        for (String entry : heads.split(";")) {
            String[] parts = entry.split(":", -1);
            if (parts.length == 3 && !parts[0].isEmpty()) {
                try {
                    parsed.add(new Head(Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]), parts[2]));
                } catch (NumberFormatException ignored) {
                    // A tampered text: the checkpoint's own hash fails and names it.
                }
            }
        }
        return parsed;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getSealedAt() {
        return sealedAt;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
