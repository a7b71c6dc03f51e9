package org.xinfang.core.application.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.figures.MatterFactsRepository;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Part;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Scope;
import org.xinfang.core.domain.model.figures.MatterFactsRepository.Slice;
import org.xinfang.core.domain.model.figures.Rate;
import org.xinfang.core.domain.model.figures.Tally;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * A unit's figures for a period: the matters received in it by the unit and the units below, each rate
 * counted as things stood on the period's last day (or today, while it runs), in total and by unit below,
 * agency type, channel, category and month — and the matters behind any figure. Only matters the caller
 * sees are counted, so a figure never tells of a matter the caller could not open.
 */
@ApplicationScoped
public class Figures {

    /** The longest period a report covers. */
    static final int LONGEST_DAYS = 366 * 5;

    /** The most matters listed behind one figure; the total is given with them. */
    public static final int MOST_LISTED = 500;

    @Inject
    private MatterFactsRepository facts;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private CaseRepository cases;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Clock clock;

    /** One line of a breakdown: what it is ({@code key}: a unit's id, a channel, a month…), its label, and its tally. */
    public record Line(String key, String label, Tally tally) {
    }

    /** The figures of {@code unit} for {@code from}..{@code to}, counted as of {@code asOf}. */
    public record Report(OrgUnit unit, LocalDate from, LocalDate to, LocalDate asOf, Tally total, List<Line> byUnit, List<Line> byAgency,
                         List<Line> byChannel, List<Line> byCategory, List<Line> byMonth) {
    }

    /** Which slice of a report a figure is in: a unit below, an agency type, a channel, a category, a month; each null for all. */
    public record Narrowing(Long unitBelowId, String agencyType, Channel channel, String category, YearMonth month) {

        public static final Narrowing NONE = new Narrowing(null, null, null, null, null);
    }

    /** The matters behind a figure: how many, and the first {@link #MOST_LISTED} of them, oldest received first. */
    public record Behind(Rate rate, Part part, long total, List<Case> matters) {
    }

    /**
     * The report of unit {@code unitId} (null: the caller's own) for {@code from}..{@code to} (null: from
     * the first of this year; to today).
     *
     * @throws InvalidInputException naming {@code unitId} for a unit the caller does not see, {@code from}
     *                               after {@code to}, or {@code to} for a period longer than five years
     */
    @Transactional
    public Report report(Caller caller, Long unitId, LocalDate from, LocalDate to) {
        OrgUnit unit = unit(caller, unitId);
        Scope scope = scope(caller, unit, from, to, Narrowing.NONE);
        List<Slice> slices = facts.tally(scope);
        Locale locale = caller.locale();
        Map<Long, String> pathOf = units.findAll().stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getPath));
        List<Line> byUnit = new ArrayList<>();
        Tally own = sum(slices.stream().filter(s -> unit.getPath().equals(pathOf.get(s.unitId()))).toList());
        if (own.received() > 0) {
            byUnit.add(new Line(String.valueOf(unit.getId()), Messages.get(locale, "figures.unit.itself", unit.getName()), own));
        }
        for (OrgUnit child : callerUnits.below(unit)) {
            Tally t = sum(slices.stream().filter(s -> pathOf.getOrDefault(s.unitId(), "").startsWith(child.getPath())).toList());
            if (t.received() > 0) {
                byUnit.add(new Line(String.valueOf(child.getId()), child.getName(), t));
            }
        }
        return new Report(unit, scope.from(), scope.to(), scope.asOf(), sum(slices), byUnit,
                by(slices, Slice::agencyType, a -> plugins.agencyLabel(a, locale), Comparator.naturalOrder()),
                by(slices, s -> s.channel().name(), c -> Channel.valueOf(c).label().in(locale),
                        Comparator.comparing(Channel::valueOf)),
                by(slices, Slice::category, Function.identity(), Comparator.naturalOrder()),
                everyMonth(by(slices, s -> s.month().toString(), Function.identity(), Comparator.naturalOrder()), scope.from(), scope.to()));
    }

    /**
     * The matters behind {@code part} of {@code rate} in the report's slice {@code narrowing}.
     *
     * @throws InvalidInputException as {@link #report}, and naming {@code below} for a unit not under the report's unit
     */
    @Transactional
    public Behind behind(Caller caller, Long unitId, LocalDate from, LocalDate to, Rate rate, Part part, Narrowing narrowing) {
        OrgUnit unit = unit(caller, unitId);
        Scope scope = scope(caller, unit, from, to, narrowing);
        if (narrowing.unitBelowId() != null) {
            OrgUnit below = units.find(narrowing.unitBelowId()).filter(u -> u.getPath().startsWith(unit.getPath()))
                    .filter(u -> caller.visibility().sees(u.getPath()))
                    .orElseThrow(() -> InvalidInputException.of("below", Messages.get(caller.locale(), "figures.below.unknown",
                            narrowing.unitBelowId(), unit.getName())));
            // The unit itself stands for its own matters only, as its line of the report does.
            scope = below.getId().equals(unit.getId()) ? scope.unitAlone() : scope.narrowedTo(below.getPath());
        }
        List<Long> ids = facts.behind(scope, rate, part, MOST_LISTED);
        long total = ids.size() < MOST_LISTED ? ids.size() : facts.countBehind(scope, rate, part);
        Map<Long, Case> found = cases.among(ids, caller.visibility()).stream().collect(Collectors.toMap(Case::getId, c -> c, (a, b) -> a, HashMap::new));
        // A matter the unit answered and then sent up for review is still its figure, and it still follows it.
        ids.stream().filter(id -> !found.containsKey(id))
                .forEach(id -> cases.findFollowed(id, caller.visibility()).ifPresent(c -> found.put(id, c)));
        List<Case> listed = ids.stream().map(found::get).filter(c -> c != null).toList();
        listed.forEach(Case::loadForDisplay);
        return new Behind(rate, part, total, listed);
    }

    private OrgUnit unit(Caller caller, Long unitId) {
        return callerUnits.seen(caller, unitId == null ? caller.homeUnitId() : unitId, "unitId");
    }

    private Scope scope(Caller caller, OrgUnit unit, LocalDate from, LocalDate to, Narrowing narrowing) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.withDayOfYear(1) : from;
        Locale locale = caller.locale();
        if (since.isAfter(until)) {
            throw InvalidInputException.of("from", Messages.get(locale, "figures.period.order", since, until));
        }
        if (ChronoUnit.DAYS.between(since, until) >= LONGEST_DAYS) {
            throw InvalidInputException.of("to", Messages.get(locale, "figures.period.tooLong"));
        }
        LocalDate asOf = until.isAfter(today) ? today : until;
        return new Scope(caller.visibility(), unit.getPath(), false, since, until, asOf, narrowing.agencyType(), narrowing.channel(),
                narrowing.category(), narrowing.month());
    }

    /** The months of the period in order, a month that received nothing as a line of nothing: a trend has no gaps. */
    private static List<Line> everyMonth(List<Line> received, LocalDate from, LocalDate to) {
        Map<String, Line> byMonth = received.stream().collect(Collectors.toMap(Line::key, Function.identity()));
        List<Line> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            String key = m.toString();
            months.add(byMonth.getOrDefault(key, new Line(key, key, Tally.empty())));
        }
        return months;
    }

    private static Tally sum(List<Slice> slices) {
        Tally t = Tally.empty();
        slices.forEach(s -> t.add(s.tally()));
        return t;
    }

    private static List<Line> by(List<Slice> slices, Function<Slice, String> key, Function<String, String> label, Comparator<String> order) {
        Map<String, List<Slice>> grouped = slices.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        return grouped.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> new Line(e.getKey(), label.apply(e.getKey()), sum(e.getValue()))).toList();
    }
}
