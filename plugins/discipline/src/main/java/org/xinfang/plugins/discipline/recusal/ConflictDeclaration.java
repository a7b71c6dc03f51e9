package org.xinfang.plugins.discipline.recusal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A conflict of interest someone declared on a report (申报回避): kin of the accused, a former
 * colleague, a dispute with the reporter's village. Recorded, never deleted, and from then on a
 * ground of recusal for that person on that report.
 */
@Entity
@Table(name = "discipline_conflict_declaration")
@NamedQuery(name = "ConflictDeclaration.ofCase",
        query = "SELECT d FROM ConflictDeclaration d WHERE d.caseId = :caseId ORDER BY d.id")
public class ConflictDeclaration {

    /** The reason's column. */
    public static final int LONGEST_REASON = 500;
    /** The person's name's column. */
    public static final int LONGEST_PERSON_NAME = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "person_name", length = LONGEST_PERSON_NAME, nullable = false)
    private String personName;

    /** Null for someone without an account (a pool member). */
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "reason", length = LONGEST_REASON, nullable = false)
    private String reason;

    @Column(name = "declared_by", length = 100, nullable = false)
    private String declaredBy;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    protected ConflictDeclaration() {
        // JPA
    }

    public ConflictDeclaration(long caseId, String personName, String username, String reason, String declaredBy,
                               LocalDateTime declaredAt) {
        this.caseId = caseId;
        this.personName = personName;
        this.username = username;
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    /** True when the declaration is about {@code person}: the same account, or the same name. */
    public boolean concerns(Person person) {
        if (username != null && person.username() != null) {
            return username.equals(person.username());
        }
        return RecusalRule.same(personName, person.name());
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getUsername() {
        return username;
    }

    public String getReason() {
        return reason;
    }

    public String getDeclaredBy() {
        return declaredBy;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }
}
