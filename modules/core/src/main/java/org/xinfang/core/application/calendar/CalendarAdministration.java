package org.xinfang.core.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.LocalizedText;
import org.xinfang.core.application.kernel.InputValidator;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.CalendarFile;
import org.xinfang.core.domain.model.calendar.DayType;

/**
 * The administrator's work on the holiday calendar: load a year from an import file, add, change or
 * remove one day, see which years are loaded. Every change is checked whole before anything is
 * written, written and audited in one transaction ({@link CalendarChanges}), and only then does the
 * in-memory calendar the clocks count on ({@link WorkCalendars}) reload, so it never shows a change
 * that did not commit.
 */
@ApplicationScoped
public class CalendarAdministration {

    /** One loaded year: how many holidays and make-up working days it has. */
    public record YearSummary(int year, int holidays, int workdays) {
    }

    @Inject
    private CalendarChanges changes;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private InputValidator validator;

    /**
     * Replaces the special days of {@code year} with those of the import file {@code text}
     * ({@link CalendarFile} format).
     *
     * @throws InvalidInputException with one field {@code line.<n>} per line at fault (nothing changed),
     *                               or {@code year}/{@code file} when the year is out of range or the file holds no day
     */
    public YearSummary importYear(Caller caller, int year, String text) {
        requireAdmin(caller);
        requireYear(caller, year);
        CalendarFile.Parsed parsed = CalendarFile.parse(year, text == null ? "" : text);
        if (!parsed.ok()) {
            throw new InvalidInputException(parsed.problems().stream()
                    .map(p -> new FieldProblem("line." + p.line(), p.describe(caller.locale()))).toList());
        }
        if (parsed.days().isEmpty()) {
            throw InvalidInputException.of("file", Messages.get(caller.locale(), "calendar.file.empty", String.valueOf(year)));
        }
        changes.replaceYear(caller, year, parsed.days());
        calendars.reload();
        return summarise(year, parsed.days());
    }

    /**
     * Makes {@code date} a holiday or a make-up working day named {@code name}, replacing what the
     * calendar said of it.
     *
     * @throws InvalidInputException naming {@code date}, {@code type} or {@code name}
     */
    public CalendarDay setDay(Caller caller, CalendarDayInput input) {
        requireAdmin(caller);
        validator.check(input, caller.locale());
        LocalDate date = input.date();
        String name = input.name();
        LocalizedText wrong = CalendarFile.ruleBroken(date, input.type(), name);
        if (wrong != null) {
            boolean aboutName = CalendarFile.yearInRange(date.getYear()) && name.strip().length() > CalendarDay.MAX_NAME;
            throw InvalidInputException.of(aboutName ? "name" : "date", wrong.in(caller.locale()));
        }
        CalendarDay day = changes.setDay(caller, date, input.type(), name.strip());
        calendars.reload();
        return day;
    }

    /**
     * Removes {@code date} from the calendar: it becomes an ordinary weekday or weekend again.
     *
     * @throws InvalidInputException naming {@code date} when the calendar has nothing on that day
     */
    public void removeDay(Caller caller, LocalDate date) {
        requireAdmin(caller);
        validator.checkValue(CalendarDayInput.class, "date", date, caller.locale());
        if (!changes.removeDay(caller, date)) {
            throw InvalidInputException.of("date", Messages.get(caller.locale(), "calendar.day.notFound", date.toString()));
        }
        calendars.reload();
    }

    /** The years the calendar holds, oldest first, with their counts. Anyone may read the calendar. */
    public List<YearSummary> years() {
        Map<Integer, List<CalendarDay>> byYear = new TreeMap<>();
        for (CalendarDay day : changes.allDays()) {
            byYear.computeIfAbsent(day.getDate().getYear(), y -> new ArrayList<>()).add(day);
        }
        return byYear.entrySet().stream().map(e -> summarise(e.getKey(), e.getValue())).toList();
    }

    /** The special days of {@code year}, in date order. Anyone may read the calendar. */
    public List<CalendarDay> daysOf(int year) {
        return calendars.daysOf(year);
    }

    /** @throws InvalidInputException naming {@code year} when it lies outside 2000–2100 */
    public static void requireYear(Caller caller, int year) {
        if (!CalendarFile.yearInRange(year)) {
            throw InvalidInputException.of("year", Messages.get(caller.locale(), "calendar.year.outOfRange",
                    String.valueOf(CalendarFile.FIRST_YEAR), String.valueOf(CalendarFile.LAST_YEAR), String.valueOf(year)));
        }
    }

    static void requireAdmin(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "calendar.adminOnly");
    }

    private static YearSummary summarise(int year, List<CalendarDay> days) {
        int holidays = (int) days.stream().filter(d -> d.getType() == DayType.HOLIDAY).count();
        return new YearSummary(year, holidays, days.size() - holidays);
    }
}
