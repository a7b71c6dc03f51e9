package org.xinfang.core.application.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.ledgers.AlreadyRecordedException;
import org.xinfang.core.application.ledgers.ZeroReports;
import org.xinfang.core.application.ledgers.ZeroReports.Standing;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.figures.AssessmentPart;
import org.xinfang.core.domain.model.figures.AssessmentScore;
import org.xinfang.core.domain.model.figures.AssessmentScore.Share;
import org.xinfang.core.domain.model.figures.ClosedAssessment;
import org.xinfang.core.domain.model.figures.ClosedAssessmentRepository;
import org.xinfang.core.domain.model.figures.ClosedScore;
import org.xinfang.core.domain.model.figures.Tally;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * 考核: a unit's assessment of each unit directly below it for a period — a score out of 100 from the
 * shares the administrator's weights weigh (timeliness, satisfaction, orders from above answered in time,
 * reports on time, matters that were not repeats), ranked. Counted live from the figures until an
 * administrator closes the period (定稿); from then on the period reads as it was closed.
 */
@ApplicationScoped
public class Assessments {

    @Inject
    private Figures figures;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private SupervisionOrderRepository orders;

    @Inject
    private ZeroReports zeroReports;

    @Inject
    private Settings settings;

    @Inject
    private ClosedAssessmentRepository closed;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** One unit's line: what it received, each part's share, its score (null with nothing to count) and its rank. */
    public record Line(long unitId, String unitName, long received, Map<AssessmentPart, Share> shares, BigDecimal score, int rank) {
    }

    /** The assessment of the units below {@code unit} for {@code from}..{@code to}; closed ones say by whom and when. */
    public record Assessment(OrgUnit unit, LocalDate from, LocalDate to, Map<AssessmentPart, Integer> weights, List<Line> lines,
                             String closedBy, LocalDateTime closedAt) {

        public boolean isClosed() {
            return closedAt != null;
        }
    }

    /**
     * The assessment as closed, or as counted now.
     *
     * @throws InvalidInputException as {@link Figures#report}
     */
    @Transactional
    public Assessment of(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        return of(figures.report(caller, unitId, from, to));
    }

    /** The assessment of a report's unit and period — as closed, or counted from the report — for a page that has the report already. */
    @Transactional
    public Assessment of(Figures.Report report) {
        return closed.find(report.unit().getId(), report.from(), report.to()).map(c -> asClosed(report.unit(), c))
                .orElseGet(() -> counted(report));
    }

    /**
     * Closes the period for the unit as counted now: an administrator's act, for a period that has ended.
     *
     * @throws NotPermittedException    unless the caller is an administrator
     * @throws InvalidInputException    naming {@code to} for a period not yet ended, or as {@link Figures#report}
     * @throws AlreadyRecordedException naming {@code to} when the period is closed already
     */
    @Transactional
    public Assessment close(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        NotPermittedException.unlessAdmin(caller, "assessment.close.adminOnly");
        if (to == null) {
            throw InvalidInputException.of("to", Messages.get(caller.locale(), "assessment.close.toRequired"));
        }
        if (!to.isBefore(LocalDate.now(clock))) {
            throw InvalidInputException.of("to", Messages.get(caller.locale(), "assessment.close.notEnded"));
        }
        Figures.Report report = figures.report(caller, unitId, from, to);
        if (closed.find(report.unit().getId(), report.from(), report.to()).isPresent()) {
            throw new AlreadyRecordedException("to", Messages.get(caller.locale(), "assessment.close.already", report.from(), report.to()));
        }
        Assessment a = counted(report);
        List<ClosedScore> scores = new ArrayList<>();
        for (Line l : a.lines()) {
            scores.add(new ClosedScore(scores.size(), l.unitId(), l.unitName(), l.received(), written(l.shares()), l.score()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ClosedAssessment c = new ClosedAssessment(report.unit().getId(), report.from(), report.to(), written(a.weights()), caller.username(), now, scores);
        closed.add(c);
        audit.record(caller, CoreAuditAction.ASSESSMENT_CLOSED, "ClosedAssessment", c.getId(), report.unit().getId(),
                report.unit().getName() + " " + report.from() + "–" + report.to() + ": " + a.lines().size());
        return asClosed(report.unit(), c);
    }

    private Assessment counted(Figures.Report report) {
        Map<AssessmentPart, Integer> weights = weights();
        Map<String, Tally> tallyOf = report.byUnit().stream().collect(Collectors.toMap(Figures.Line::key, Figures.Line::tally));
        List<OrgUnit> all = units.findAll();
        List<Line> lines = new ArrayList<>();
        for (OrgUnit below : callerUnits.below(report.unit())) {
            Tally t = tallyOf.getOrDefault(String.valueOf(below.getId()), Tally.empty());
            Map<AssessmentPart, Share> shares = new EnumMap<>(AssessmentScore.fromTally(t));
            long[] answered = orders.answeredInTime(below.getPath(), report.from(), report.asOf());
            shares.put(AssessmentPart.SUPERVISION, new Share(answered[1], answered[0]));
            shares.put(AssessmentPart.ZERO_REPORTS, reportsOnTime(below, all, report.from(), report.asOf()));
            lines.add(new Line(below.getId(), below.getName(), t.received(), shares, AssessmentScore.of(shares, weights), 0));
        }
        return new Assessment(report.unit(), report.from(), report.to(), weights, ranked(lines), null, null);
    }

    /** The subtree's periodic reports on time, of those due: late and missing ones count against it. */
    private Share reportsOnTime(OrgUnit below, List<OrgUnit> all, LocalDate from, LocalDate to) {
        long onTime = 0;
        long due = 0;
        for (OrgUnit u : all) {
            if (u.getPath().startsWith(below.getPath())) {
                Map<Standing, Integer> s = zeroReports.standings(u, from, to);
                onTime += s.getOrDefault(Standing.ON_TIME, 0);
                due += s.getOrDefault(Standing.ON_TIME, 0) + s.getOrDefault(Standing.LATE, 0) + s.getOrDefault(Standing.MISSING, 0);
            }
        }
        return new Share(onTime, due);
    }

    private Map<AssessmentPart, Integer> weights() {
        Map<AssessmentPart, Integer> weights = new EnumMap<>(AssessmentPart.class);
        Arrays.stream(AssessmentPart.values()).forEach(p -> weights.put(p, settings.number(p.settingKey(), p.defaultWeight())));
        return weights;
    }

    /** Highest score first; units with the same score share a rank; units with no score come last, unranked. */
    private static List<Line> ranked(List<Line> lines) {
        List<Line> sorted = lines.stream().sorted(Comparator.comparing(Line::score, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            int rank = l.score() == null ? 0 : i > 0 && l.score().equals(sorted.get(i - 1).score()) ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Line(l.unitId(), l.unitName(), l.received(), l.shares(), l.score(), rank));
        }
        return ranked;
    }

    private static Assessment asClosed(OrgUnit unit, ClosedAssessment c) {
        Map<AssessmentPart, Integer> weights = new EnumMap<>(AssessmentPart.class);
        read(c.getWeights()).forEach((part, text) -> weights.put(part, Integer.valueOf(text)));
        List<Line> lines = c.getScores().stream().map(s -> {
            Map<AssessmentPart, Share> shares = new EnumMap<>(AssessmentPart.class);
            read(s.getShares()).forEach((part, text) -> shares.put(part, Share.parse(text)));
            return new Line(s.getUnitId(), s.getUnitName(), s.getReceived(), shares, s.getScore(), 0);
        }).toList();
        return new Assessment(unit, c.getFrom(), c.getTo(), weights, ranked(lines), c.getClosedBy(), c.getClosedAt());
    }

    /** {@code TIMELINESS=…;SATISFACTION=…}. */
    private static String written(Map<AssessmentPart, ?> values) {
        return values.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static Map<AssessmentPart, String> read(String written) {
        Map<AssessmentPart, String> values = new EnumMap<>(AssessmentPart.class);
        for (String pair : written.split(";")) {
            int eq = pair.indexOf('=');
            values.put(AssessmentPart.valueOf(pair.substring(0, eq)), pair.substring(eq + 1));
        }
        return values;
    }
}
