package org.xinfang.core.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.xinfang.api.caller.Visibility;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.MatterIndex;
import org.xinfang.core.domain.model.cases.PhoneNumbers;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.infrastructure.persistence.Like;

/** The matters' full-text index in Hibernate Search, on whichever backend the server is configured with (ADR 0041). */
@ApplicationScoped
public class HibernateMatterIndex implements MatterIndex {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    /** The most fragments one search looks for; a pasted paragraph is not a search. */
    static final int MOST_FRAGMENTS = 20;

    /** The longest text one search reads, as the API's limit on {@code q}. */
    static final int LONGEST_TEXT = 100;

    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Override
    public List<Long> matching(String words, Visibility visibility, int most) {
        List<String> fragments = fragments(words);
        if (fragments.isEmpty() || visibility.unitPaths().isEmpty()) {
            return List.of();
        }
        List<Long> units = unitsUnder(visibility);
        String typed = String.join(" ", fragments);
        return Search.session(em).search(Case.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.terms().field(MatterIndexMapping.UNIT).matchingAny(units));
                    fragments.forEach(fragment -> root.add(holding(f, fragment)));
                    // Ranking only: a matter saying the words as words comes before one holding their characters.
                    root.add(f.or(f.match().field(MatterIndexMapping.WORDS).matching(typed), f.matchAll().boost(0.01f)));
                })
                .fetchHits(most);
    }

    /**
     * What is looked for, as typed on any keyboard: full-width letters, digits and spaces folded (NFKC),
     * invisible characters of copied text dropped, split at spaces — except a phone with an area code or a
     * mobile, which is one fragment however it is spaced (138 0000 1234). At most {@link #LONGEST_TEXT}
     * characters and {@link #MOST_FRAGMENTS} fragments are read.
     */
    static List<String> fragments(String words) {
        if (words == null) {
            return List.of();
        }
        String folded = INVISIBLE.matcher(Normalizer.normalize(words, Normalizer.Form.NFKC)).replaceAll("").strip();
        folded = folded.substring(0, Math.min(folded.length(), LONGEST_TEXT)).strip();
        String digits = MatchKeys.normalisePhone(folded);
        if (PhoneNumbers.isValid(folded) && (MOBILE.matcher(digits).matches() || digits.length() >= 10)) {
            return List.of(folded);
        }
        return Arrays.stream(SPACES.split(folded)).filter(f -> !f.isEmpty()).limit(MOST_FRAGMENTS).toList();
    }

    @Override
    public long indexed() {
        return Search.session(em).search(Case.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    @Override
    public void rebuild(Progress progress) {
        try {
            Search.mapping(em.getEntityManagerFactory()).scope(Case.class).massIndexer()
                    // Two cores: one thread reading matters, batches of a hundred (parties and documents come with them).
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(100)
                    .monitor(new MassIndexingMonitor() {
                        @Override
                        public void documentsAdded(long increment) {
                            progress.done(increment);
                        }

                        @Override
                        public void documentsBuilt(long increment) {
                        }

                        @Override
                        public void entitiesLoaded(long increment) {
                        }

                        @Override
                        public void addToTotalCount(long increment) {
                            progress.toDo(increment);
                        }

                        @Override
                        public void indexingCompleted() {
                        }
                    })
                    .startAndWait();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The rebuild of the search index was interrupted", stopped);
        }
    }

    /** The ids of the units the caller sees: a few hundred in a province, read from the tree as it is now. */
    private List<Long> unitsUnder(Visibility visibility) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<OrgUnit> u = q.from(OrgUnit.class);
        q.select(u.get("id")).where(Like.underAny(cb, u.get("path"), visibility.unitPaths()));
        return em.createQuery(q).getResultList();
    }

    /** A matter holds {@code fragment}: as a run of its text, or as a party's phone when it is one. */
    private static SearchPredicate holding(SearchPredicateFactory f, String fragment) {
        SearchPredicate text = fragment.codePointCount(0, fragment.length()) < 2
                // One character makes no pair: it begins or ends one (粉 in 粉尘, 田 at the end of 陈广田).
                ? f.or(f.wildcard().field(MatterIndexMapping.GRAMS).matching(literal(fragment) + "*"),
                        f.wildcard().field(MatterIndexMapping.GRAMS).matching("?" + literal(fragment))).toPredicate()
                : f.phrase().field(MatterIndexMapping.GRAMS).matching(fragment).toPredicate();
        if (!PhoneNumbers.isValid(fragment)) {
            return text;
        }
        return f.or(text, f.match().field(MatterIndexMapping.PHONES).matching(MatchKeys.ofPhone(fragment)).toPredicate()).toPredicate();
    }

    /** One character as the pairs hold it (lower case), its wildcard meaning escaped. */
    private static String literal(String character) {
        String lower = character.toLowerCase(Locale.ROOT);
        return "*?\\".contains(lower) ? "\\" + lower : lower;
    }
}
