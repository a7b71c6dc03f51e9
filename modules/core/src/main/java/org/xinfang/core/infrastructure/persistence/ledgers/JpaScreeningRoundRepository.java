package org.xinfang.core.infrastructure.persistence.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.screening.ScreeningRound;
import org.xinfang.core.domain.model.screening.ScreeningRoundRepository;

@ApplicationScoped
public class JpaScreeningRoundRepository implements ScreeningRoundRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<ScreeningRound> ofRoundLocked(Long unitId, LocalDate startsOn) {
        UnitRowLock.lock(em, unitId);
        return em.createQuery("SELECT r FROM ScreeningRound r WHERE r.unit.id = :u AND r.startsOn = :s", ScreeningRound.class)
                .setParameter("u", unitId).setParameter("s", startsOn)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public ScreeningRound add(ScreeningRound round) {
        em.persist(round);
        em.flush();
        return round;
    }

    @Override
    public List<ScreeningRound> ofUnit(Long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT r FROM ScreeningRound r WHERE r.unit.id = :u AND r.startsOn BETWEEN :f AND :t ORDER BY r.startsOn",
                        ScreeningRound.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList();
    }
}
