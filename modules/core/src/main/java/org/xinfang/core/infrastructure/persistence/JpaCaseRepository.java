package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Visibility;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.supervision.CaseReferral;

/**
 * Cases in JPA. Every read carries the visibility predicate — the unit path prefix — in the query
 * itself, so a case outside the caller's subtrees never leaves the database.
 */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<Case> find(Long id, Visibility visibility) {
        if (id == null || visibility.unitPaths().isEmpty()) {
            return Optional.empty();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.where(cb.equal(c.get("id"), id), visible(cb, c, visibility));
        return em.createQuery(q).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Case> findFollowed(Long id, Visibility visibility) {
        if (id == null || visibility.unitPaths().isEmpty()) {
            return Optional.empty();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        Subquery<Long> sent = q.subquery(Long.class);
        Root<CaseReferral> r = sent.from(CaseReferral.class);
        Expression<String> fromPath = r.get("fromUnit").get("path");
        sent.select(r.get("id")).where(cb.equal(r.get("caseId"), c.get("id")), Like.underAny(cb, fromPath, visibility.unitPaths()));
        q.where(cb.equal(c.get("id"), id), cb.exists(sent));
        return em.createQuery(q).getResultList().stream().findFirst();
    }

    @Override
    public List<Case> sealedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Case c WHERE c.id IN :ids AND c.identityHolder IS NOT NULL", Case.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Page<Case> list(CaseQuery query, CaseQuery.DueDates dates, Visibility visibility) {
        if (visibility.unitPaths().isEmpty()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.where(filters(cb, q, c, query, dates, visibility));
        Expression<?> sortKey = query.sortBy() == CaseQuery.SortField.nextDeadline
                ? nextDeadline(cb, q, c, query.ascending())
                : c.get(query.sortBy().name());
        q.orderBy(query.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.desc(c.get("id")));
        TypedQuery<Case> page = em.createQuery(q).setFirstResult(query.offset()).setMaxResults(query.limit());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Case> cc = count.from(Case.class);
        count.select(cb.count(cc)).where(filters(cb, count, cc, query, dates, visibility));

        return new Page<>(page.getResultList(), em.createQuery(count).getSingleResult(), query.offset(), query.limit());
    }

    /**
     * The earliest due date among the case's clocks that have not stopped: the deadline the list
     * shows. A case with none sorts last whichever way the list is sorted.
     */
    private static Expression<LocalDate> nextDeadline(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, boolean ascending) {
        Subquery<LocalDate> earliest = q.subquery(LocalDate.class);
        Root<CaseClock> k = earliest.from(CaseClock.class);
        earliest.select(cb.least(k.<LocalDate>get("dueOn")))
                .where(cb.equal(k.get("caseId"), c.get("id")), cb.notEqual(k.get("status"), ClockStatus.STOPPED));
        return cb.coalesce(earliest, ascending ? NO_DEADLINE_ASCENDING : NO_DEADLINE_DESCENDING);
    }

    private static final LocalDate NO_DEADLINE_ASCENDING = LocalDate.of(9999, 12, 31);
    private static final LocalDate NO_DEADLINE_DESCENDING = LocalDate.of(1, 1, 1);

    private static Predicate[] filters(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, CaseQuery query, CaseQuery.DueDates dates,
                                       Visibility visibility) {
        List<Predicate> where = new ArrayList<>();
        where.add(visible(cb, c, visibility));
        if (query.status() != null) {
            where.add(cb.equal(c.get("status"), query.status()));
        }
        if (query.channel() != null) {
            where.add(cb.equal(c.get("channel"), query.channel()));
        }
        if (query.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("receivedOn"), query.receivedFrom()));
        }
        if (query.receivedTo() != null) {
            where.add(cb.lessThanOrEqualTo(c.get("receivedOn"), query.receivedTo()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + escapeLike(query.text().trim()) + "%";
            where.add(cb.or(cb.like(c.get("subject"), like, '\\'), cb.like(c.get("number"), like, '\\')));
        }
        if (query.due() != null) {
            where.add(cb.exists(runningClockDue(cb, q, c, query.due(), dates)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** A running clock of the case due in the window the filter names (a paused clock is not counting down). */
    private static Subquery<Long> runningClockDue(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, CaseQuery.Due due,
                                                  CaseQuery.DueDates dates) {
        Subquery<Long> clock = q.subquery(Long.class);
        Root<CaseClock> k = clock.from(CaseClock.class);
        Expression<LocalDate> dueOn = k.get("dueOn");
        Predicate window = switch (due) {
            case overdue -> cb.lessThan(dueOn, dates.today());
            case today -> cb.equal(dueOn, dates.today());
            case soon -> cb.between(dueOn, dates.today(), dates.soonUntil());
        };
        clock.select(k.get("id")).where(cb.equal(k.get("caseId"), c.get("id")), cb.equal(k.get("status"), ClockStatus.RUNNING), window);
        return clock;
    }

    private static Predicate visible(CriteriaBuilder cb, Root<Case> c, Visibility visibility) {
        return Like.underAny(cb, c.get("unit").get("path"), visibility.unitPaths());
    }

    private static String escapeLike(String s) {
        return Like.escape(s);
    }

    @Override
    public Case add(Case caseFile) {
        em.persist(caseFile);
        return caseFile;
    }

    @Override
    public List<Case> ofPetitioner(Set<String> idNumberKeys, Set<String> phoneKeys, Visibility visibility, int limit) {
        if (idNumberKeys.isEmpty() && phoneKeys.isEmpty() || visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        Join<Case, Party> p = c.join("parties");
        List<Predicate> same = new ArrayList<>();
        if (!idNumberKeys.isEmpty()) {
            same.add(p.get("idNumberKey").in(idNumberKeys));
        }
        if (!phoneKeys.isEmpty()) {
            same.add(p.get("phoneKey").in(phoneKeys));
        }
        q.select(c).distinct(true)
                .where(cb.equal(p.get("role"), PartyRole.PETITIONER), cb.or(same.toArray(Predicate[]::new)), visible(cb, c, visibility))
                .orderBy(cb.desc(c.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    @Override
    public CaseFormData addForm(CaseFormData form) {
        em.persist(form);
        return form;
    }

    @Override
    public <F extends CaseFormData> Optional<F> form(Class<F> entity, Long caseId) {
        return Optional.ofNullable(em.find(entity, caseId));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Long> idsInUnit(Long unitId) {
        return em.createQuery("SELECT c.id FROM Case c WHERE c.unit.id = :u ORDER BY c.id", Long.class)
                .setParameter("u", unitId).getResultList();
    }

    @Override
    public List<Case> ofAgency(String agencyType, Visibility visibility, int limit) {
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        c.fetch("unit");
        q.where(cb.equal(c.get("agencyType"), agencyType), visible(cb, c, visibility)).orderBy(cb.desc(c.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }
}
