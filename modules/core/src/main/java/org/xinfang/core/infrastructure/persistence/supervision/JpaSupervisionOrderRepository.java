package org.xinfang.core.infrastructure.persistence.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Visibility;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.infrastructure.persistence.Like;
import org.xinfang.core.domain.model.supervision.OrderKind;
import org.xinfang.core.domain.model.supervision.OrderStatus;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;

@ApplicationScoped
public class JpaSupervisionOrderRepository implements SupervisionOrderRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public SupervisionOrder add(SupervisionOrder order) {
        em.persist(order);
        return order;
    }

    @Override
    public Optional<SupervisionOrder> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(SupervisionOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<SupervisionOrder> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(SupervisionOrder.class, id));
    }

    @Override
    public Optional<OfCase> withCase(Long id) {
        return find(id).map(o -> new OfCase(o, em.find(Case.class, o.getCaseId())));
    }

    @Override
    public List<SupervisionOrder> ofCase(Long caseId) {
        return em.createQuery("SELECT o FROM SupervisionOrder o WHERE o.caseId = :c ORDER BY o.id DESC", SupervisionOrder.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public Optional<SupervisionOrder> unclosedFromLocked(Long caseId, List<OrderKind> kinds, Long issuingUnitId) {
        em.createNativeQuery("SELECT id FROM xf_case WHERE id = ? FOR UPDATE").setParameter(1, caseId).getResultList();
        return em.createQuery("SELECT o FROM SupervisionOrder o WHERE o.caseId = :c AND o.kind IN :k AND o.issuingUnit.id = :u"
                        + " AND o.status <> :closed", SupervisionOrder.class)
                .setParameter("c", caseId).setParameter("k", kinds).setParameter("u", issuingUnitId).setParameter("closed", OrderStatus.CLOSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean hasUnclosed(Long caseId, List<OrderKind> kinds) {
        return !em.createQuery("SELECT o.id FROM SupervisionOrder o WHERE o.caseId = :c AND o.kind IN :k AND o.status <> :closed", Long.class)
                .setParameter("c", caseId).setParameter("k", kinds).setParameter("closed", OrderStatus.CLOSED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<OfCase> listed(int limit) {
        return em.createQuery("SELECT o, c FROM SupervisionOrder o, Case c WHERE c.id = o.caseId AND o.kind = :k"
                        + " ORDER BY CASE WHEN o.status = :closed THEN 1 ELSE 0 END, o.dueOn, o.id DESC", Object[].class)
                .setParameter("k", OrderKind.LISTED).setParameter("closed", OrderStatus.CLOSED)
                .setMaxResults(limit).getResultStream().map(r -> new OfCase((SupervisionOrder) r[0], (Case) r[1])).toList();
    }

    @Override
    public List<Long> openDueWithout(ReminderKind kind, LocalDate from, LocalDate to, long afterId, int limit) {
        return em.createQuery("SELECT o.id FROM SupervisionOrder o WHERE o.status = :open AND o.dueOn BETWEEN :from AND :to"
                        + " AND o.id > :after AND NOT EXISTS (SELECT s.id FROM SentReminder s WHERE s.subjectType = :type"
                        + " AND s.subjectId = o.id AND s.kind = :kind AND s.dueOn = o.dueOn) ORDER BY o.id", Long.class)
                .setParameter("open", OrderStatus.OPEN).setParameter("from", from).setParameter("to", to)
                .setParameter("after", afterId).setParameter("type", SentReminder.ORDER).setParameter("kind", kind)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<OfCase> ofUnits(Visibility visibility, int limit) {
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<SupervisionOrder> o = q.from(SupervisionOrder.class);
        Root<Case> c = q.from(Case.class);
        Expression<String> issuer = o.get("issuingUnit").get("path");
        Expression<String> target = o.get("targetUnit").get("path");
        q.multiselect(o, c).where(cb.equal(c.get("id"), o.get("caseId")),
                        cb.or(Like.underAny(cb, issuer, visibility.unitPaths()), Like.underAny(cb, target, visibility.unitPaths()))).orderBy(cb.desc(o.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultStream().map(r -> new OfCase((SupervisionOrder) r[0], (Case) r[1])).toList();
    }

    @Override
    public Page<OfCase> awaitingAnswerFrom(Collection<Long> targetUnitIds, int limit) {
        if (targetUnitIds.isEmpty()) {
            return new Page<>(List.of(), 0, 0, limit);
        }
        List<OfCase> first = em.createQuery("SELECT o, c FROM SupervisionOrder o, Case c WHERE c.id = o.caseId AND o.targetUnit.id IN :units"
                                + " AND o.status = :open ORDER BY o.dueOn, o.id", Object[].class)
                .setParameter("units", targetUnitIds).setParameter("open", OrderStatus.OPEN).setMaxResults(limit)
                .getResultStream().map(r -> new OfCase((SupervisionOrder) r[0], (Case) r[1])).toList();
        long total = em.createQuery("SELECT COUNT(o) FROM SupervisionOrder o WHERE o.targetUnit.id IN :units AND o.status = :open", Long.class)
                .setParameter("units", targetUnitIds).setParameter("open", OrderStatus.OPEN).getSingleResult();
        return new Page<>(first, total, 0, limit);
    }

    @Override
    public long[] answeredInTime(String unitPath, LocalDate from, LocalDate asOf) {
        // Answered on or before the due day.
        Object[] row = em.createQuery("SELECT count(o), sum(CASE WHEN extract(date from o.answeredAt) <= o.dueOn THEN 1 ELSE 0 END) FROM SupervisionOrder o"
                        + " WHERE o.targetUnit.path LIKE :under ESCAPE '\\' AND o.dueOn BETWEEN :from AND :asOf", Object[].class)
                .setParameter("under", Like.escape(unitPath) + "%").setParameter("from", from).setParameter("asOf", asOf)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }
}
