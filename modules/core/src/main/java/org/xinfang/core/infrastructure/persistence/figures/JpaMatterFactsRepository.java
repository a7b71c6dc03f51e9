package org.xinfang.core.infrastructure.persistence.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.figures.MatterFacts;
import org.xinfang.core.domain.model.figures.MatterFactsRepository;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.figures.Tally;
import org.xinfang.core.infrastructure.persistence.Like;

/**
 * The facts in JPA, and each rate as two conditions on a row as it stood on {@code :asOf} — who is
 * counted below the line, and who of them above it. A day after {@code :asOf} is as if not yet come, and
 * a missing day compares as false, so a matter not yet answered is never counted as answered.
 */
@ApplicationScoped
public class JpaMatterFactsRepository implements MatterFactsRepository {

    /** Below and above the line of each rate: the denominator's condition, and the numerator's within it. */
    private record Line(String below, String above) {
    }

    private static final String DECIDED_NOT_LITIGATION = "f.decidedOn <= :asOf AND f.litigation = false";
    private static final String FIRST_DECIDED = "f.repeat = false AND f.decidedOn <= :asOf";

    private static final Map<Rate, Line> LINES = new EnumMap<>(Map.ofEntries(
            Map.entry(Rate.TIMELY_ACCEPTANCE, new Line("f.answerDueOn IS NOT NULL AND (f.answeredOn <= :asOf OR f.answerDueOn < :asOf)",
                    "f.answeredOn <= :asOf AND f.answeredOn <= f.answerDueOn")),
            Map.entry(Rate.DECIDED_IN_TIME, new Line("f.acceptedOn <= :asOf AND f.handlingDueOn IS NOT NULL AND (f.decidedOn <= :asOf OR f.handlingDueOn < :asOf)",
                    "f.decidedOn <= :asOf AND f.decidedOn <= f.handlingDueOn")),
            Map.entry(Rate.ANSWERED, new Line("f.declinedOn <= :asOf OR f.decidedOn <= :asOf OR (f.acceptedOn <= :asOf AND f.handlingDueOn < :asOf)",
                    "f.declinedOn <= :asOf OR f.decidedOn <= :asOf")),
            Map.entry(Rate.CONCLUDED, new Line("f.acceptedOn <= :asOf", "f.decidedOn <= :asOf")),
            Map.entry(Rate.RATED, new Line(DECIDED_NOT_LITIGATION, "f.ratedOn <= :asOf")),
            Map.entry(Rate.SATISFIED, new Line(DECIDED_NOT_LITIGATION + " AND f.ratedOn <= :asOf", "f.rating IN :satisfied")),
            Map.entry(Rate.RESOLVED_AT_FIRST, new Line(FIRST_DECIDED,
                    "(f.reviewAskedOn IS NULL OR f.reviewAskedOn > :asOf) AND (f.repeatedOn IS NULL OR f.repeatedOn > :asOf)")),
            Map.entry(Rate.REPEATED, new Line("f.caseId IS NOT NULL", "f.repeat = true")),
            Map.entry(Rate.ABOVE_LEVEL, new Line("f.caseId IS NOT NULL", "f.aboveLevel = true")),
            Map.entry(Rate.ANSWER_OVERDUE, new Line("f.caseId IS NOT NULL",
                    "f.answerDueOn < :asOf AND (f.answeredOn IS NULL OR f.answeredOn > :asOf)")),
            Map.entry(Rate.DECISION_OVERDUE, new Line("f.caseId IS NOT NULL",
                    "f.acceptedOn <= :asOf AND f.handlingDueOn < :asOf AND (f.decidedOn IS NULL OR f.decidedOn > :asOf)"))));

    private static final List<Rating> SATISFIED = List.of(Rating.SATISFIED, Rating.BASICALLY_SATISFIED);

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Optional<MatterFacts.Matter> matter(long caseId) {
        List<Object[]> rows = em.createQuery("SELECT c.id, c.unit.id, c.agencyType, c.channel, c.category, c.receivedOn, r.id, c.aboveCompetentLevel"
                + " FROM Case c LEFT JOIN c.repeatOf r WHERE c.id = :id", Object[].class).setParameter("id", caseId).getResultList();
        return rows.stream().findFirst().map(r -> new MatterFacts.Matter((Long) r[0], (Long) r[1], (String) r[2], (Channel) r[3],
                (String) r[4], (LocalDate) r[5], r[6] != null, (Boolean) r[7]));
    }

    @Override
    public void keep(MatterFacts facts) {
        // Merged onto the row in the persistence context: dirty checking writes it only if a column changed.
        em.merge(facts);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Long> originalOf(long caseId) {
        return em.createQuery("SELECT r.id FROM Case c JOIN c.repeatOf r WHERE c.id = :id", Long.class).setParameter("id", caseId)
                .getResultList().stream().findFirst();
    }

    @Override
    public List<Slice> tally(Scope scope) {
        if (scope.visibility().unitPaths().isEmpty()) {
            return List.of();
        }
        StringBuilder select = new StringBuilder("SELECT f.unitId, f.agencyType, f.channel, f.category, year(f.receivedOn), month(f.receivedOn), count(f)");
        for (Rate rate : Rate.values()) {
            Line line = LINES.get(rate);
            select.append(", sum(CASE WHEN ").append(line.below()).append(" THEN 1 ELSE 0 END)")
                    .append(", sum(CASE WHEN (").append(line.below()).append(") AND (").append(line.above()).append(") THEN 1 ELSE 0 END)");
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, parameters);
        String text = select + " FROM MatterFacts f JOIN OrgUnit u ON u.id = f.unitId WHERE " + where
                + " GROUP BY f.unitId, f.agencyType, f.channel, f.category, year(f.receivedOn), month(f.receivedOn)";
        Query q = bind(em.createQuery(text), text, parameters);
        List<Slice> slices = new ArrayList<>();
        int rates = Rate.values().length;
        for (Object o : q.getResultList()) {
            Object[] row = (Object[]) o;
            long[] numerators = new long[rates];
            long[] denominators = new long[rates];
            for (int i = 0; i < rates; i++) {
                denominators[i] = ((Number) row[7 + 2 * i]).longValue();
                numerators[i] = ((Number) row[8 + 2 * i]).longValue();
            }
            slices.add(new Slice(((Number) row[0]).longValue(), (String) row[1], (Channel) row[2], (String) row[3],
                    YearMonth.of(((Number) row[4]).intValue(), ((Number) row[5]).intValue()),
                    Tally.of(((Number) row[6]).longValue(), numerators, denominators)));
        }
        return slices;
    }

    @Override
    public List<Long> behind(Scope scope, Rate rate, Part part, int limit) {
        if (scope.visibility().unitPaths().isEmpty()) {
            return List.of();
        }
        TypedQuery<Long> q = behindQuery("SELECT f.caseId", scope, rate, part, " ORDER BY f.receivedOn, f.caseId", Long.class);
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public long countBehind(Scope scope, Rate rate, Part part) {
        if (scope.visibility().unitPaths().isEmpty()) {
            return 0;
        }
        return behindQuery("SELECT count(f)", scope, rate, part, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> behindQuery(String select, Scope scope, Rate rate, Part part, String order, Class<T> type) {
        Line line = LINES.get(rate);
        Map<String, Object> parameters = new HashMap<>();
        String which = switch (part) {
            case ALL -> "(" + line.below() + ")";
            case MET -> "(" + line.below() + ") AND (" + line.above() + ")";
            // Null-safe: a condition on a missing day is unknown, and NOT unknown would drop the row.
            case MISSED -> "(" + line.below() + ") AND (CASE WHEN " + line.above() + " THEN 1 ELSE 0 END) = 0";
        };
        String text = select + " FROM MatterFacts f JOIN OrgUnit u ON u.id = f.unitId WHERE " + where(scope, parameters) + " AND " + which + order;
        return bind(em.createQuery(text, type), text, parameters);
    }

    /** Sets those of {@code parameters} that {@code text} names (a rate's lines name only some of them). */
    private static <Q extends Query> Q bind(Q q, String text, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (text.contains(":" + name)) {
                q.setParameter(name, value);
            }
        });
        if (text.contains(":satisfied")) {
            q.setParameter("satisfied", SATISFIED);
        }
        return q;
    }

    /** The scope as conditions, its values put in {@code parameters}; {@code :asOf} always among them. */
    private static String where(Scope scope, Map<String, Object> parameters) {
        StringBuilder w = new StringBuilder("f.receivedOn BETWEEN :from AND :to AND "
                + (scope.unitOnly() ? "u.path = :under" : "u.path LIKE :under ESCAPE '\\'") + " AND (");
        parameters.put("from", scope.from());
        parameters.put("to", scope.to());
        parameters.put("asOf", scope.asOf());
        parameters.put("under", scope.unitOnly() ? scope.unitPath() : Like.escape(scope.unitPath()) + "%");
        int i = 0;
        for (String seen : scope.visibility().unitPaths()) {
            w.append(i == 0 ? "" : " OR ").append("u.path LIKE :seen").append(i).append(" ESCAPE '\\'");
            parameters.put("seen" + i, Like.escape(seen) + "%");
            i++;
        }
        w.append(")");
        if (scope.agencyType() != null) {
            w.append(" AND f.agencyType = :agency");
            parameters.put("agency", scope.agencyType());
        }
        if (scope.channel() != null) {
            w.append(" AND f.channel = :channel");
            parameters.put("channel", scope.channel());
        }
        if (scope.category() != null) {
            w.append(" AND f.category = :category");
            parameters.put("category", scope.category());
        }
        if (scope.month() != null) {
            w.append(" AND f.receivedOn BETWEEN :monthFrom AND :monthTo");
            parameters.put("monthFrom", scope.month().atDay(1));
            parameters.put("monthTo", scope.month().atEndOfMonth());
        }
        return w.toString();
    }

    @Override
    public List<Long> casesWithoutFacts(int limit) {
        return em.createQuery("SELECT c.id FROM Case c WHERE NOT EXISTS (SELECT 1 FROM MatterFacts f WHERE f.caseId = c.id) ORDER BY c.id", Long.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<LocalDate> firstRepeatReceived(long caseId) {
        return Optional.ofNullable(em.createQuery("SELECT min(c.receivedOn) FROM Case c WHERE c.repeatOf.id = :id", LocalDate.class)
                .setParameter("id", caseId).getSingleResult());
    }
}
