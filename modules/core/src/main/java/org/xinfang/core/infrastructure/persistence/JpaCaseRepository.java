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
    public Page<Case> list(CaseQuery query, Visibility visibility) {
        if (visibility.unitPaths().isEmpty()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.where(filters(cb, c, query, visibility));
        Expression<?> sortKey = c.get(query.sortBy().name());
        q.orderBy(query.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.desc(c.get("id")));
        TypedQuery<Case> page = em.createQuery(q).setFirstResult(query.offset()).setMaxResults(query.limit());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Case> cc = count.from(Case.class);
        count.select(cb.count(cc)).where(filters(cb, cc, query, visibility));

        return new Page<>(page.getResultList(), em.createQuery(count).getSingleResult(), query.offset(), query.limit());
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<Case> c, CaseQuery query, Visibility visibility) {
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
        return where.toArray(Predicate[]::new);
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
