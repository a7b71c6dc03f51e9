package org.xinfang.core.infrastructure.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import org.hibernate.query.NativeQuery;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditEventRepository;
import org.xinfang.core.domain.model.audit.ChainHead;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public AuditEvent append(int chainNo, Function<String, AuditEvent> linked) {
        // The transaction's other writes go first, once, so that the chain's head is the last lock it takes
        // (its inserts lock the rows they reference in InnoDB); the two statements on the head then touch no
        // entity's table and flush nothing again (Hibernate flushes everything before a native query that
        // names no table space: two full flushes per event, a tenth of a procedure step).
        em.flush();
        String previous = (String) onHead("SELECT last_hash FROM audit_chain_head WHERE id = ? FOR UPDATE")
                .setParameter(1, chainNo).getSingleResult();
        AuditEvent event = linked.apply(previous);
        em.persist(event); // an IDENTITY id: inserted now, so the head can name it
        onHead("UPDATE audit_chain_head SET last_hash = ?, last_event_id = ? WHERE id = ?")
                .setParameter(1, event.getHash()).setParameter(2, event.getId()).setParameter(3, chainNo).executeUpdate();
        return event;
    }

    private Query onHead(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("audit_chain_head");
    }

    @Override
    public List<AuditEvent> about(String entityType, String entityId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = :t AND e.entityId = :id ORDER BY e.id", AuditEvent.class)
                .setParameter("t", entityType).setParameter("id", entityId).getResultList();
    }

    @Override
    public List<AuditEvent> after(long afterId, int limit) {
        return detached(em.createQuery("SELECT e FROM AuditEvent e WHERE e.id > :after ORDER BY e.id", AuditEvent.class)
                .setParameter("after", afterId).setMaxResults(limit));
    }

    @Override
    public List<AuditEvent> onChain(int chainNo, long afterId, Long beforeId) {
        return detached(em.createQuery("SELECT e FROM AuditEvent e WHERE e.chainNo = :c AND e.id > :after AND e.id < :before ORDER BY e.id",
                        AuditEvent.class)
                .setParameter("c", chainNo).setParameter("after", afterId).setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId));
    }

    @Override
    public List<ChainHead> heads() {
        List<?> rows = em.createNativeQuery("SELECT id, last_event_id, last_hash FROM audit_chain_head ORDER BY id").getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new ChainHead(((Number) r[0]).intValue(), r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2]))
                .toList();
    }

    /** The page's events, no longer held by the persistence context: a scan of millions keeps one page in memory. */
    private List<AuditEvent> detached(TypedQuery<AuditEvent> query) {
        List<AuditEvent> page = query.setHint("org.hibernate.readOnly", true).getResultList();
        page.forEach(em::detach);
        return page;
    }
}
