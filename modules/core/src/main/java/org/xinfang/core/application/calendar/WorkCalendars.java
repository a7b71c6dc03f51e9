package org.xinfang.core.application.calendar;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.CalendarDayRepository;
import org.xinfang.core.domain.model.calendar.CalendarFile;
import org.xinfang.core.domain.model.calendar.WorkingDays;

/**
 * The work calendar the clocks count on: the holidays and make-up working days in the database, held
 * in memory and rebuilt whenever a year is loaded. The years shipped in {@code calendar/} are loaded
 * at the first start for every year the database does not have yet.
 */
@ApplicationScoped
public class WorkCalendars {

    private static final Logger LOG = Logger.getLogger(WorkCalendars.class.getName());

    /** The years whose official arrangement ships with the application. */
    public static final List<Integer> SHIPPED_YEARS = List.of(2024, 2025, 2026);

    @Inject
    private CalendarDayRepository calendarDays;

    private volatile WorkingDays current;

    /** The calendar as it stands. */
    public WorkingDays current() {
        WorkingDays snapshot = current;
        if (snapshot == null) {
            snapshot = reload();
        }
        return snapshot;
    }

    /** Reads the calendar from the database again (after a year was loaded or a day changed). */
    @Transactional
    public WorkingDays reload() {
        WorkingDays loaded = new WorkingDays(calendarDays.all());
        current = loaded;
        return loaded;
    }

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) @Initialized(ApplicationScoped.class) Object event) {
        loadShippedYears();
    }

    /** Loads the shipped years the database does not have yet. */
    @Transactional
    public void loadShippedYears() {
        for (int year : SHIPPED_YEARS) {
            if (daysOf(year).isEmpty()) {
                CalendarFile.Parsed parsed = CalendarFile.parse(year, shipped(year));
                if (!parsed.problems().isEmpty()) {
                    throw new IllegalStateException("Shipped calendar " + year + " is broken: " + parsed.problems());
                }
                parsed.days().forEach(calendarDays::add);
                LOG.info(() -> "Work calendar " + year + " loaded from the shipped file: " + parsed.days().size() + " days");
            }
        }
        calendarDays.flush();
        reload();
    }

    /** The special days of one year, in date order. */
    @Transactional
    public List<CalendarDay> daysOf(int year) {
        return calendarDays.between(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The shipped import file of {@code year}. */
    public static String shipped(int year) {
        try (InputStream in = WorkCalendars.class.getClassLoader().getResourceAsStream("calendar/cn-" + year + ".csv")) {
            if (in == null) {
                throw new IllegalArgumentException("No shipped calendar for " + year);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The years the clocks and the rota need but the calendar does not know: this year and the next,
     * and every year up to the latest due date of a running clock. A clock due in such a year counts
     * bare weekends only; the admin page and the case page say so.
     */
    @Transactional
    public List<Integer> missingYears(LocalDate today) {
        WorkingDays known = current();
        int last = Math.max(today.getYear() + 1, calendarDays.latestRunningDue().map(LocalDate::getYear).orElse(today.getYear()));
        List<Integer> missing = new ArrayList<>();
        for (int y = today.getYear(); y <= last; y++) {
            if (!known.years().contains(y)) {
                missing.add(y);
            }
        }
        return missing;
    }
}
