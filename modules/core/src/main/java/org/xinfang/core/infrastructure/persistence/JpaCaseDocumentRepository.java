package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.document.DocumentContent;

@ApplicationScoped
public class JpaCaseDocumentRepository implements CaseDocumentRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public CaseDocument add(CaseDocument document, byte[] content) {
        em.persist(document);
        // The content row shares the document's id, which the insert gives.
        em.flush();
        em.persist(new DocumentContent(document.getId(), content));
        return document;
    }

    @Override
    public List<CaseDocument> ofCase(Long caseId) {
        return em.createQuery("SELECT d FROM CaseDocument d WHERE d.caseId = :c ORDER BY d.id", CaseDocument.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDocument> noticesOf(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM CaseDocument d WHERE d.caseId IN :ids AND d.noticeKind IS NOT NULL ORDER BY d.id",
                CaseDocument.class).setParameter("ids", caseIds).getResultList();
    }

    @Override
    public Optional<CaseDocument> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(CaseDocument.class, id));
    }

    @Override
    public byte[] content(Long documentId) {
        return em.find(DocumentContent.class, documentId).getContent();
    }
}
