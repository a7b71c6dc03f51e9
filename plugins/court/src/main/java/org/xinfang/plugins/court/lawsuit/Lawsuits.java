package org.xinfang.plugins.court.lawsuit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.plugins.court.CourtCaseForm;
import org.xinfang.plugins.court.kernel.Checks;
import org.xinfang.plugins.court.kernel.CourtCases;

/**
 * The original case number (原审案号) links a matter to its lawsuit: every matter about the same
 * judgment, with the stage the lawsuit had reached, so that a clerk sees the history of the lawsuit's
 * petitions. Only matters the caller sees are named; the others are not hinted at.
 */
@ApplicationScoped
public class Lawsuits {

    /** A matter about the lawsuit. */
    public record Matter(long caseId, String number, String subject, String state, String unitName, String originalCaseNumber,
                         String stage, String stageLabel, String tribunal, String receivedOn) {
    }

    /** How many matters of one lawsuit are looked at; more than any real lawsuit brings. */
    static final int MOST = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile(CourtCaseForm.CASE_NUMBER_PATTERN);

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Inject
    CaseReader cases;

    @Inject
    CourtCases courtCases;

    /** The matters the caller sees about the lawsuit with {@code originalCaseNumber}, newest first. */
    @Transactional
    public List<Matter> matters(Caller caller, String originalCaseNumber) {
        Checks checks = new Checks(caller.locale());
        String number = checks.required("originalCaseNumber", originalCaseNumber, 64);
        if (number != null && !CASE_NUMBER.matcher(number).matches()) {
            checks.problem("originalCaseNumber", "court.lawsuit.badNumber");
        }
        checks.refuseIfAny();
        return matching(caller, number, null);
    }

    /** The other matters the caller sees about the lawsuit of matter {@code caseId}. */
    @Transactional
    public List<Matter> othersOf(Caller caller, long caseId) {
        CaseFacts c = courtCases.read(caller, caseId);
        return matching(caller, courtCases.form(c).getOriginalCaseNumber(), c.id());
    }

    private List<Matter> matching(Caller caller, String number, Long except) {
        return em.createQuery("SELECT f FROM CourtCaseForm f WHERE f.originalCaseNumber IN :numbers", CourtCaseForm.class)
                .setParameter("numbers", spellings(number)).setMaxResults(MOST).getResultList().stream()
                .filter(f -> !Objects.equals(f.getCaseId(), except))
                .map(f -> cases.find(caller, f.getCaseId()).map(c -> matter(c, f, caller.locale())).orElse(null))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Matter::receivedOn).reversed().thenComparing(Matter::caseId, Comparator.reverseOrder()))
                .toList();
    }

    /** The number as typed and with both its brackets full-width or half-width, as clerks type them either way. */
    public static Set<String> spellings(String number) {
        String full = number.replace('(', '（').replace(')', '）');
        String half = number.replace('（', '(').replace('）', ')');
        return new java.util.HashSet<>(List.of(number, full, half));
    }

    private static Matter matter(CaseFacts c, CourtCaseForm f, Locale locale) {
        return new Matter(c.id(), c.number(), c.subject(), c.state(), c.unitName(), f.getOriginalCaseNumber(),
                f.getStage() == null ? null : f.getStage().name(), f.getStage() == null ? null : f.getStage().label().in(locale),
                f.getTribunal(), String.valueOf(c.receivedOn()));
    }
}
