package org.xinfang.core.infrastructure.persistence.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.screening.Dispute;
import org.xinfang.core.domain.model.screening.DisputeRepository;

@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Dispute add(Dispute dispute) {
        em.persist(dispute);
        return dispute;
    }

    @Override
    public Optional<Dispute> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Dispute> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Dispute.class, id));
    }

    @Override
    public List<Dispute> ofUnit(Long unitId, LocalDate from, LocalDate to) {
        // Risk is stored by name, so its order (高 before 中 before 低) is spelled out.
        return em.createQuery("SELECT d FROM Dispute d WHERE d.unit.id = :u AND d.foundOn BETWEEN :f AND :t"
                        + " ORDER BY CASE d.risk WHEN org.xinfang.core.domain.model.screening.RiskLevel.HIGH THEN 0"
                        + " WHEN org.xinfang.core.domain.model.screening.RiskLevel.MEDIUM THEN 1 ELSE 2 END, d.foundOn, d.id", Dispute.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public int countInRound(Long unitId, LocalDate roundStartsOn) {
        return em.createQuery("SELECT COUNT(d) FROM Dispute d WHERE d.unit.id = :u AND d.roundStartsOn = :r", Long.class)
                .setParameter("u", unitId).setParameter("r", roundStartsOn).getSingleResult().intValue();
    }
}
