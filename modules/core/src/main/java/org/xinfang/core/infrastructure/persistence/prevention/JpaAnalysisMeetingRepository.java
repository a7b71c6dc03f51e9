package org.xinfang.core.infrastructure.persistence.prevention;

import org.xinfang.core.infrastructure.persistence.Like;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.AnalysisMeetingRepository;
import org.xinfang.core.domain.model.prevention.MeetingDecision;

@ApplicationScoped
public class JpaAnalysisMeetingRepository implements AnalysisMeetingRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public AnalysisMeeting add(AnalysisMeeting meeting) {
        em.persist(meeting);
        return meeting;
    }

    @Override
    public Optional<AnalysisMeeting> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(AnalysisMeeting.class, id));
    }

    @Override
    public Optional<MeetingDecision> findDecisionLocked(Long decisionId) {
        return Optional.ofNullable(decisionId == null ? null : em.find(MeetingDecision.class, decisionId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<AnalysisMeeting> within(Collection<String> unitPaths, YearMonth month, String kind, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AnalysisMeeting> q = cb.createQuery(AnalysisMeeting.class);
        Root<AnalysisMeeting> m = q.from(AnalysisMeeting.class);
        List<Predicate> where = new ArrayList<>();
        where.add(Like.underAny(cb, m.get("unit").get("path"), unitPaths));
        if (month != null) {
            where.add(cb.equal(m.get("month"), month.toString()));
        }
        if (kind != null) {
            where.add(cb.equal(m.get("kind"), kind));
        }
        q.select(m).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(m.get("heldOn")), cb.desc(m.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<LocalDate> lastHeld(Long unitId, String kind, LocalDate from, LocalDate to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<LocalDate> q = cb.createQuery(LocalDate.class);
        Root<AnalysisMeeting> m = q.from(AnalysisMeeting.class);
        q.select(cb.greatest(m.<LocalDate>get("heldOn"))).where(cb.equal(m.get("unit").get("id"), unitId), cb.equal(m.get("kind"), kind),
                cb.between(m.get("heldOn"), from, to));
        return Optional.ofNullable(em.createQuery(q).getSingleResult());
    }

    @Override
    public List<MeetingDecision> decisionsWithin(Collection<String> unitPaths, LocalDate from, LocalDate to, String kind, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<MeetingDecision> q = cb.createQuery(MeetingDecision.class);
        Root<MeetingDecision> d = q.from(MeetingDecision.class);
        Join<MeetingDecision, AnalysisMeeting> m = d.join("meeting");
        List<Predicate> where = new ArrayList<>();
        where.add(Like.underAny(cb, m.get("unit").get("path"), unitPaths));
        if (from != null) {
            where.add(cb.greaterThanOrEqualTo(m.get("heldOn"), from));
        }
        if (to != null) {
            where.add(cb.lessThanOrEqualTo(m.get("heldOn"), to));
        }
        if (kind != null) {
            where.add(cb.equal(m.get("kind"), kind));
        }
        q.select(d).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(m.get("heldOn")), cb.asc(m.get("id")), cb.asc(d.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }
}
