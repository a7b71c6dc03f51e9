package org.xinfang.plugins.discipline.joint;

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

/**
 * A paper of a joint case's work — the 初查方案, the findings, an interview record — kept as an
 * attachment of the discipline case in the core (checked and stored there), listed here with its kind.
 */
@Entity
@Table(name = "discipline_joint_attachment")
@NamedQuery(name = "JointAttachment.ofCase",
        query = "SELECT a FROM JointAttachment a WHERE a.jointCaseId = :jointCaseId ORDER BY a.id")
public class JointAttachment {

    /** The title's column. */
    public static final int LONGEST_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "joint_case_id", nullable = false)
    private Long jointCaseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private AttachmentKind kind;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "title", length = LONGEST_TITLE, nullable = false)
    private String title;

    @Column(name = "added_by", length = 100, nullable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected JointAttachment() {
        // JPA
    }

    public JointAttachment(long jointCaseId, AttachmentKind kind, long documentId, String title, String addedBy, LocalDateTime addedAt) {
        this.jointCaseId = jointCaseId;
        this.kind = kind;
        this.documentId = documentId;
        this.title = title;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getJointCaseId() {
        return jointCaseId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getTitle() {
        return title;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }
}
