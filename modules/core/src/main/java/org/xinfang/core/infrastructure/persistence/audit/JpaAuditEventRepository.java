package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public AuditEvent append(Function<String, AuditEvent> linked) {
        String previous = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        AuditEvent event = linked.apply(previous);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1").setParameter(1, event.getHash())
                .executeUpdate();
        return event;
    }

    @Override
    public List<AuditEvent> about(String entityType, String entityId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = :t AND e.entityId = :id ORDER BY e.id", AuditEvent.class)
                .setParameter("t", entityType).setParameter("id", entityId).getResultList();
    }

    @Override
    public List<AuditEvent> all() {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.id", AuditEvent.class).getResultList();
    }
}
