package org.xinfang.core.infrastructure.persistence.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.supervision.SchedulerLeases;

/**
 * Leases as one conditional UPDATE of the lease's row: the database serialises two nodes asking at
 * once, and exactly one of them changes the row.
 */
@ApplicationScoped
public class JpaSchedulerLeases implements SchedulerLeases {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String name, String holder, LocalDateTime now, LocalDateTime until) {
        return em.createNativeQuery("UPDATE scheduler_lease SET holder = ?, expires_at = ? WHERE lease_name = ?"
                        + " AND (holder = ? OR expires_at < ?)")
                .setParameter(1, holder).setParameter(2, until).setParameter(3, name).setParameter(4, holder).setParameter(5, now)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String holder) {
        em.createNativeQuery("UPDATE scheduler_lease SET expires_at = ? WHERE lease_name = ? AND holder = ?")
                .setParameter(1, LocalDateTime.of(2000, 1, 1, 0, 0)).setParameter(2, name).setParameter(3, holder).executeUpdate();
    }
}
