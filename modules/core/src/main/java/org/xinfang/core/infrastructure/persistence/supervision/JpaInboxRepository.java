package org.xinfang.core.infrastructure.persistence.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.core.domain.model.supervision.InboxRepository;

@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public InboxMessage add(InboxMessage message) {
        em.persist(message);
        return message;
    }

    @Override
    public Optional<InboxMessage> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(InboxMessage.class, id));
    }

    @Override
    public List<InboxMessage> of(String username, boolean unreadOnly, int limit) {
        return em.createQuery("SELECT m FROM InboxMessage m WHERE m.username = :u" + (unreadOnly ? " AND m.readAt IS NULL" : "")
                        + " ORDER BY m.id DESC", InboxMessage.class)
                .setParameter("u", username).setMaxResults(limit).getResultList();
    }

    @Override
    public long unread(String username) {
        return em.createQuery("SELECT COUNT(m) FROM InboxMessage m WHERE m.username = :u AND m.readAt IS NULL", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    @Override
    public int readAll(String username, LocalDateTime at) {
        return em.createQuery("UPDATE InboxMessage m SET m.readAt = :at WHERE m.username = :u AND m.readAt IS NULL")
                .setParameter("at", at).setParameter("u", username).executeUpdate();
    }
}
