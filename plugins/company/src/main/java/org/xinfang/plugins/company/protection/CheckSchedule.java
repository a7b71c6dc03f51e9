package org.xinfang.plugins.company.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up checks a protection flag schedules: one after each of {@code months} (the settings, 3
 * and 6 by default) counted from the date the protection began. A check recorded on or after a
 * scheduled check's date fulfils the earliest one still open; a check made earlier — the desk heard of
 * trouble and looked at once — is kept as an extra check and leaves the scheduled one open, because
 * the point of the 3-month check is to look again once three months have passed.
 *
 * @param months the months after the start of each scheduled check, ascending, each once
 */
public record CheckSchedule(List<Integer> months) {

    /** How long a check stays due before it counts as overdue. */
    static final int GRACE_MONTHS = 1;

    /** One scheduled check: its number (1, 2), its date, where it stands and the check that fulfilled it. */
    public record Scheduled(int number, int months, LocalDate dueOn, CheckStatus status, LocalDate doneOn) {
    }

    public CheckSchedule {
        months = months.stream().distinct().sorted().toList();
    }

    public static CheckSchedule of(int first, int second) {
        return new CheckSchedule(List.of(first, second));
    }

    /** The scheduled checks of a protection that began {@code since}, as they stand on {@code today}. */
    public List<Scheduled> of(LocalDate since, List<ProtectionCheck> checks, LocalDate today) {
        Map<Integer, ProtectionCheck> fulfilled = checks.stream().filter(c -> c.getScheduledNo() != null)
                .collect(Collectors.toMap(ProtectionCheck::getScheduledNo, Function.identity(), (a, b) -> a));
        List<Scheduled> schedule = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int number = i + 1;
            LocalDate dueOn = since.plusMonths(months.get(i));
            ProtectionCheck done = fulfilled.get(number);
            schedule.add(new Scheduled(number, months.get(i), dueOn, status(dueOn, done, today), done == null ? null : done.getCheckedOn()));
        }
        return schedule;
    }

    /**
     * The number of the scheduled check a check made on {@code checkedOn} fulfils: the earliest one still
     * open whose date it reached; empty for an extra check.
     */
    public Optional<Integer> fulfilledBy(LocalDate since, List<ProtectionCheck> checks, LocalDate checkedOn) {
        return of(since, checks, checkedOn).stream().filter(s -> s.status() != CheckStatus.DONE)
                .findFirst().filter(s -> !checkedOn.isBefore(s.dueOn())).map(Scheduled::number);
    }

    private static CheckStatus status(LocalDate dueOn, ProtectionCheck done, LocalDate today) {
        if (done != null) {
            return CheckStatus.DONE;
        }
        if (today.isBefore(dueOn)) {
            return CheckStatus.UPCOMING;
        }
        return today.isAfter(dueOn.plusMonths(GRACE_MONTHS)) ? CheckStatus.OVERDUE : CheckStatus.DUE;
    }
}
