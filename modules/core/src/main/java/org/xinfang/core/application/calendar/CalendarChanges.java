package org.xinfang.core.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.CalendarDayRepository;
import org.xinfang.core.domain.model.calendar.DayType;

/**
 * The writes behind {@link CalendarAdministration}, each one transaction with its audit event. A
 * bean of its own so that the administration can reload the in-memory calendar after the commit
 * (a call within one bean would not pass through the transaction interceptor). Use the
 * administration, which checks the input; this only checks who is asking.
 */
@ApplicationScoped
public class CalendarChanges {

    @Inject
    private CalendarDayRepository calendarDays;

    @Inject
    private AuditLog audit;

    /** Deletes the special days of {@code year} and stores {@code days} instead, all or nothing. */
    @Transactional
    public void replaceYear(Caller caller, int year, List<CalendarDay> days) {
        CalendarAdministration.requireAdmin(caller);
        int removed = calendarDays.removeBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        days.forEach(d -> calendarDays.add(new CalendarDay(d.getDate(), d.getType(), d.getName())));
        long holidays = days.stream().filter(d -> d.getType() == DayType.HOLIDAY).count();
        audit.record(caller.username(), CoreAuditAction.CALENDAR_YEAR_IMPORTED, "CalendarYear", year, null,
                "removed=" + removed + " holidays=" + holidays + " workdays=" + (days.size() - holidays));
        calendarDays.flush();
    }

    @Transactional
    public CalendarDay setDay(Caller caller, LocalDate date, DayType type, String name) {
        CalendarAdministration.requireAdmin(caller);
        CalendarDay day = calendarDays.find(date).orElse(null);
        String before = day == null ? "-" : day.getType() + " " + day.getName();
        if (day == null) {
            day = new CalendarDay(date, type, name);
            calendarDays.add(day);
        } else {
            day.change(type, name);
        }
        audit.record(caller.username(), CoreAuditAction.CALENDAR_DAY_SET, "CalendarDay", date, null, before + " -> " + type + " " + name);
        calendarDays.flush();
        return day;
    }

    /** False when the calendar has nothing on {@code date}. */
    @Transactional
    public boolean removeDay(Caller caller, LocalDate date) {
        CalendarAdministration.requireAdmin(caller);
        CalendarDay day = calendarDays.find(date).orElse(null);
        if (day == null) {
            return false;
        }
        calendarDays.remove(day);
        audit.record(caller.username(), CoreAuditAction.CALENDAR_DAY_REMOVED, "CalendarDay", date, null, day.getType() + " " + day.getName());
        calendarDays.flush();
        return true;
    }

    @Transactional
    public List<CalendarDay> allDays() {
        return calendarDays.all();
    }
}
