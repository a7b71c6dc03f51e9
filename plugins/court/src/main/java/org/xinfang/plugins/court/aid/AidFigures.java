package org.xinfang.plugins.court.aid;

import org.xinfang.plugins.court.kernel.Texts;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Judicial aid counted for a period (applications made in it): how many and how much money — asked,
 * granted, paid — per state and per source, and in all. Every state and source has its line, zeros
 * included, so that a report has the same shape every year.
 */
public record AidFigures(Period period, List<Line> byState, List<Line> bySource, Line total) {

    /** One line: what it counts ({@code key} is the state's or source's name, or {@code TOTAL}) and its sums. */
    public record Line(String key, String label, long count, BigDecimal asked, BigDecimal granted, BigDecimal paid) {
    }

    /** The applications of one state and source with their sums, as the query groups them. */
    record Group(AidState state, AidSource source, long count, BigDecimal asked, BigDecimal granted, BigDecimal paid) {
    }

    static AidFigures of(Period period, List<Group> groups, Locale locale) {
        List<Line> byState = Arrays.stream(AidState.values())
                .map(s -> line(s.name(), s.label().in(locale), groups, g -> g.state() == s)).toList();
        List<Line> bySource = Arrays.stream(AidSource.values())
                .map(s -> line(s.name(), s.label().in(locale), groups, g -> g.source() == s)).toList();
        return new AidFigures(period, byState, bySource,
                line("TOTAL", Texts.get(locale, "court.aid.figures.total"), groups, g -> true));
    }

    private static Line line(String key, String label, List<Group> groups, Predicate<Group> counted) {
        List<Group> these = groups.stream().filter(counted).toList();
        return new Line(key, label, these.stream().mapToLong(Group::count).sum(), sum(these, Group::asked),
                sum(these, Group::granted), sum(these, Group::paid));
    }

    private static BigDecimal sum(List<Group> groups, java.util.function.Function<Group, BigDecimal> amount) {
        return groups.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
