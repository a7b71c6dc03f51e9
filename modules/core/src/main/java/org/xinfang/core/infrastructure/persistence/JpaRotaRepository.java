package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRepository;
import org.xinfang.core.domain.model.reception.RotaRule;

@ApplicationScoped
public class JpaRotaRepository implements RotaRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public RotaRule add(RotaRule rule, List<LocalDate> dates) {
        em.persist(rule);
        addSessions(rule, dates);
        return rule;
    }

    @Override
    public void addSessions(RotaRule rule, List<LocalDate> dates) {
        dates.forEach(d -> em.persist(new ReceptionSlot(rule, d)));
    }

    @Override
    public Optional<RotaRule> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(RotaRule.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<RotaRule> inForce(Long unitId, LocalDate today) {
        return em.createQuery("SELECT r FROM RotaRule r WHERE r.unitId = :u AND r.withdrawnAt IS NULL AND r.endsOn >= :d"
                        + " ORDER BY r.startsOn, r.id", RotaRule.class)
                .setParameter("u", unitId).setParameter("d", today).getResultList();
    }

    @Override
    public Map<Long, Long> sessionsFrom(Long unitId, LocalDate from) {
        return em.createQuery("SELECT s.rule.id, COUNT(s) FROM ReceptionSlot s WHERE s.unitId = :u AND s.date >= :d"
                        + " AND s.withdrawnAt IS NULL GROUP BY s.rule.id", Object[].class)
                .setParameter("u", unitId).setParameter("d", from)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public List<ReceptionSlot> sessionsOfLocked(RotaRule rule, LocalDate from) {
        return em.createQuery("SELECT s FROM ReceptionSlot s WHERE s.rule = :r AND s.date >= :d ORDER BY s.date", ReceptionSlot.class)
                .setParameter("r", rule).setParameter("d", from).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Optional<ReceptionSlot> findSession(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(ReceptionSlot.class, id));
    }

    @Override
    public List<ReceptionSlot> sessions(Long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT s FROM ReceptionSlot s WHERE s.unitId = :u AND s.date BETWEEN :f AND :t AND s.withdrawnAt IS NULL"
                        + " ORDER BY s.date, s.startsAt, s.id", ReceptionSlot.class)
                .setParameter("u", unitId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<ReceptionSlot> published(Long unitId, LocalDate from, LocalDate to) {
        var query = em.createQuery("SELECT s FROM ReceptionSlot s WHERE s.date BETWEEN :f AND :t AND s.withdrawnAt IS NULL"
                        + (unitId == null ? "" : " AND s.unitId = :u") + " ORDER BY s.date, s.startsAt, s.unitId, s.id", ReceptionSlot.class)
                .setParameter("f", from).setParameter("t", to);
        if (unitId != null) {
            query.setParameter("u", unitId);
        }
        return query.getResultList();
    }

    @Override
    public void lockForBooking(ReceptionSlot session) {
        em.createNativeQuery("SELECT id FROM reception_rule WHERE id = ? FOR UPDATE").setParameter(1, session.getRule().getId())
                .getResultList();
        // Read again under the lock: the capacity may have been cut (or the session withdrawn) by an
        // edit that committed while this booking waited.
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
