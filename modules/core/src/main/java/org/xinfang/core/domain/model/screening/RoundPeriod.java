package org.xinfang.core.domain.model.screening;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days one screening round covers. A month is cut into {@code perMonth} rounds of (nearly) equal
 * length that always start on the same days: twice a month is the 1st–15th and the 16th–end.
 */
public record RoundPeriod(LocalDate startsOn, LocalDate endsOn) {

    /** The rounds of {@code month} for a unit that screens {@code perMonth} times a month. */
    public static List<RoundPeriod> of(YearMonth month, int perMonth) {
        int days = month.lengthOfMonth();
        // Thirty days split evenly, so a half-month round starts on the 16th in every month, February too.
        List<RoundPeriod> rounds = new ArrayList<>();
        for (int i = 0; i < perMonth; i++) {
            int first = 1 + i * 30 / perMonth;
            int last = i == perMonth - 1 ? days : Math.min(days, (i + 1) * 30 / perMonth);
            rounds.add(new RoundPeriod(month.atDay(first), month.atDay(last)));
        }
        return rounds;
    }

    /** The round that contains {@code day}. */
    public static RoundPeriod containing(LocalDate day, int perMonth) {
        return of(YearMonth.from(day), perMonth).stream().filter(r -> r.contains(day)).findFirst().orElseThrow();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
