package org.xinfang.core.domain.model.receipt;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A written notice the petitioner fetched on the portal: it counts as served at that moment (proof of
 * service, 送达), and from then the periods that run from service — the window to ask for review — may
 * be counted (ADR 0038). Only the first fetch is kept; fetching again serves nothing new.
 */
@Entity
@Table(name = "xf_online_service")
@NamedQuery(name = "OnlineService.ofCase", query = "SELECT s FROM OnlineService s WHERE s.caseId = :caseId")
public class OnlineService {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "served_at", nullable = false)
    private LocalDateTime servedAt;

    protected OnlineService() {
    }

    public OnlineService(long documentId, long caseId, LocalDateTime servedAt) {
        this.documentId = documentId;
        this.caseId = caseId;
        this.servedAt = servedAt;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDateTime getServedAt() {
        return servedAt;
    }
}
