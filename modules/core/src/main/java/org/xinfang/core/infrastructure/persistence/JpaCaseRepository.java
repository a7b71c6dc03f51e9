package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.xinfang.core.domain.model.cases.AgencyStates;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseFigures;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.MatterIndex;
import org.xinfang.core.domain.model.cases.Page;
import org.xinfang.core.domain.model.cases.DueCase;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.cases.StatesUnder;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.supervision.CaseReferral;

/**
 * Cases in JPA. Every read carries the visibility predicate — the unit path prefix — in the query
 * itself, so a case outside the caller's subtrees never leaves the database.
 */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private MatterIndex index;

    @Override
    public long countAll() {
        return em.createQuery("SELECT COUNT(c) FROM Case c", Long.class).getSingleResult();
    }

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
    public List<Case> registeredBy(Long unitId, String agencyType, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT c FROM Case c WHERE c.numberUnitId = :u AND c.agencyType = :t AND c.receivedOn BETWEEN :f AND :to"
                        + " ORDER BY c.receivedOn, c.id", Case.class)
                .setParameter("u", unitId).setParameter("t", agencyType).setParameter("f", from).setParameter("to", to)
                .getResultList();
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
        // Words typed are looked up in the full-text index first; the database then applies every other
        // filter, the sort and the caller's visibility to the matters it found.
        List<Long> matches = query.text() == null || query.text().isBlank() ? null
                : index.matching(query.text(), visibility, MatterIndex.MOST_MATCHES);
        if (matches != null && matches.isEmpty()) {
            return new Page<>(List.of(), 0, query.offset(), query.limit());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        q.where(filters(cb, q, c, query, matches, dates, visibility));
        Expression<?> sortKey = query.sortBy() == CaseQuery.SortField.nextDeadline
                ? nextDeadline(cb, q, c, query.ascending())
                : c.get(query.sortBy().name());
        q.orderBy(query.ascending() ? cb.asc(sortKey) : cb.desc(sortKey), cb.desc(c.get("id")));
        TypedQuery<Case> page = em.createQuery(q).setFirstResult(query.offset()).setMaxResults(query.limit());

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Case> cc = count.from(Case.class);
        count.select(cb.count(cc)).where(filters(cb, count, cc, query, matches, dates, visibility));

        return new Page<>(page.getResultList(), em.createQuery(count).getSingleResult(), query.offset(), query.limit());
    }

    /**
     * The earliest due date among the case's clocks that have not stopped: the deadline the list
     * shows. A case with none sorts last whichever way the list is sorted.
     */
    private static Expression<LocalDate> nextDeadline(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, boolean ascending) {
        return cb.coalesce(earliestDue(cb, q, c, false), ascending ? NO_DEADLINE_ASCENDING : NO_DEADLINE_DESCENDING);
    }

    /**
     * The earliest due date of the case's clocks: of those not stopped (a paused clock's date is still
     * the one the list shows and sorts by), or only of the running ones (what is due or overdue now).
     */
    private static Subquery<LocalDate> earliestDue(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, boolean runningOnly) {
        Subquery<LocalDate> earliest = q.subquery(LocalDate.class);
        Root<CaseClock> k = earliest.from(CaseClock.class);
        earliest.select(cb.least(k.<LocalDate>get("dueOn"))).where(cb.equal(k.get("caseId"), c.get("id")),
                runningOnly ? cb.equal(k.get("status"), ClockStatus.RUNNING) : cb.notEqual(k.get("status"), ClockStatus.STOPPED));
        return earliest;
    }

    private static final LocalDate NO_DEADLINE_ASCENDING = LocalDate.of(9999, 12, 31);
    private static final LocalDate NO_DEADLINE_DESCENDING = LocalDate.of(1, 1, 1);

    private static Predicate[] filters(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, CaseQuery query, List<Long> matches,
                                       CaseQuery.DueDates dates, Visibility visibility) {
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
        if (matches != null) {
            where.add(c.get("id").in(matches));
        }
        if (query.due() != null) {
            where.add(nextRunningDueIn(cb, q, c, query.due(), dates));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * The case's next deadline that counts down (its earliest running clock; a paused one is not
     * counting) in the window the filter names: the deadline the home page's panels sort by, so that a
     * panel's count and the list it opens agree. "Soon" starts after today, where "today" ends.
     */
    private static Predicate nextRunningDueIn(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Case> c, CaseQuery.Due due,
                                              CaseQuery.DueDates dates) {
        Subquery<LocalDate> next = earliestDue(cb, q, c, true);
        return switch (due) {
            case overdue -> cb.lessThan(next, dates.today());
            case today -> cb.equal(next, dates.today());
            case soon -> cb.and(cb.greaterThan(next, dates.today()), cb.lessThanOrEqualTo(next, dates.soonUntil()));
        };
    }

    private static Predicate visible(CriteriaBuilder cb, Root<Case> c, Visibility visibility) {
        return Like.underAny(cb, c.get("unit").get("path"), visibility.unitPaths());
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

    @Override
    public List<DueCase> runningDueBy(LocalDate until, Visibility visibility) {
        if (visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Case> c = q.from(Case.class);
        Root<CaseClock> k = q.from(CaseClock.class);
        Join<Case, OrgUnit> u = c.join("unit");
        Expression<LocalDate> due = cb.least(k.<LocalDate>get("dueOn"));
        q.multiselect(c.get("id"), u.get("id"), u.get("name"), u.get("path"), due)
                .where(cb.equal(k.get("caseId"), c.get("id")), cb.equal(k.get("status"), ClockStatus.RUNNING),
                        cb.lessThanOrEqualTo(k.get("dueOn"), until), Like.underAny(cb, u.get("path"), visibility.unitPaths()))
                .groupBy(c.get("id"), u.get("id"), u.get("name"), u.get("path"))
                .orderBy(cb.asc(due), cb.asc(c.get("id")));
        return em.createQuery(q).getResultStream()
                .map(r -> new DueCase((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4])).toList();
    }

    @Override
    public List<Case> among(Collection<Long> ids, Visibility visibility) {
        if (ids.isEmpty() || visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        c.fetch("unit");
        q.where(c.get("id").in(ids), visible(cb, c, visibility));
        return em.createQuery(q).getResultList();
    }

    @Override
    public Page<Case> inStates(List<StatesUnder> where, Visibility visibility, int limit) {
        if (where.isEmpty() || visibility.unitPaths().isEmpty()) {
            return new Page<>(List.of(), 0, 0, limit);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Case> q = cb.createQuery(Case.class);
        Root<Case> c = q.from(Case.class);
        c.fetch("unit");
        q.where(visible(cb, c, visibility), under(cb, c, where)).orderBy(cb.asc(c.get("receivedOn")), cb.asc(c.get("id")));
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Case> cc = count.from(Case.class);
        count.select(cb.count(cc)).where(visible(cb, cc, visibility), under(cb, cc, where));
        return new Page<>(em.createQuery(q).setMaxResults(limit).getResultList(), em.createQuery(count).getSingleResult(), 0, limit);
    }

    private static Predicate under(CriteriaBuilder cb, Root<Case> c, List<StatesUnder> where) {
        return cb.or(where.stream().map(w -> cb.and(Like.underAny(cb, c.get("unit").get("path"), List.of(w.unitPath())),
                inAny(cb, c.get("agencyType"), c.get("status"), w.states()))).toArray(Predicate[]::new));
    }

    @Override
    public CaseFigures figures(AgencyStates finished, LocalDate from, LocalDate to, Visibility visibility) {
        if (visibility.unitPaths().isEmpty()) {
            return new CaseFigures(0, 0, 0);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> open = cb.createQuery(Long.class);
        Root<Case> o = open.from(Case.class);
        open.select(cb.count(o)).where(visible(cb, o, visibility), cb.not(inAny(cb, o.get("agencyType"), o.get("status"), finished)));

        CriteriaQuery<Long> received = cb.createQuery(Long.class);
        Root<Case> r = received.from(Case.class);
        received.select(cb.count(r)).where(visible(cb, r, visibility), cb.between(r.get("receivedOn"), from, to));

        CriteriaQuery<Long> concluded = cb.createQuery(Long.class);
        Root<Case> c = concluded.from(Case.class);
        Subquery<Long> ended = concluded.subquery(Long.class);
        Root<CaseStep> s = ended.from(CaseStep.class);
        ended.select(s.get("id")).where(cb.equal(s.get("caseId"), c.get("id")),
                cb.greaterThanOrEqualTo(s.get("occurredAt"), from.atStartOfDay()), cb.lessThan(s.get("occurredAt"), to.plusDays(1).atStartOfDay()),
                inAny(cb, c.get("agencyType"), s.get("toState"), finished));
        concluded.select(cb.count(c)).where(visible(cb, c, visibility), cb.exists(ended));

        return new CaseFigures(em.createQuery(open).getSingleResult(), em.createQuery(received).getSingleResult(),
                em.createQuery(concluded).getSingleResult());
    }

    /** The state is one of {@code states} for the case's agency type; nothing matches an empty set. */
    private static Predicate inAny(CriteriaBuilder cb, Expression<String> agencyType, Expression<String> state, AgencyStates states) {
        List<Predicate> any = new ArrayList<>();
        states.byAgency().forEach((agency, names) -> {
            if (!names.isEmpty()) {
                any.add(cb.and(cb.equal(agencyType, agency), state.in(names)));
            }
        });
        if (!states.otherwise().isEmpty()) {
            any.add(states.byAgency().isEmpty() ? state.in(states.otherwise())
                    : cb.and(cb.not(agencyType.in(states.byAgency().keySet())), state.in(states.otherwise())));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
