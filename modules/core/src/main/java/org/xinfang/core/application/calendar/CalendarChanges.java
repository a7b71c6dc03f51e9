package org.xinfang.core.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.DayType;
import org.xinfang.core.application.kernel.CoreAuditAction;

/**
 * The writes behind {@link CalendarAdministration}, each one transaction with its audit event. A
 * bean of its own so that the administration can reload the in-memory calendar after the commit
 * (a call within one bean would not pass through the transaction interceptor). Use the
 * administration, which checks the input; this only checks who is asking.
 */
@ApplicationScoped
public class CalendarChanges {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** Deletes the special days of {@code year} and stores {@code days} instead, all or nothing. */
    @Transactional
    public void replaceYear(Caller caller, int year, List<CalendarDay> days) {
        CalendarAdministration.requireAdmin(caller);
        int removed = em.createQuery("DELETE FROM CalendarDay d WHERE d.date >= :from AND d.date < :to")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .executeUpdate();
        days.forEach(d -> em.persist(new CalendarDay(d.getDate(), d.getType(), d.getName())));
        long holidays = days.stream().filter(d -> d.getType() == DayType.HOLIDAY).count();
        audit.record(caller.username(), CoreAuditAction.CALENDAR_YEAR_IMPORTED, "CalendarYear", year, null,
                "removed=" + removed + " holidays=" + holidays + " workdays=" + (days.size() - holidays));
        em.flush();
    }

    @Transactional
    public CalendarDay setDay(Caller caller, LocalDate date, DayType type, String name) {
        CalendarAdministration.requireAdmin(caller);
        CalendarDay day = em.find(CalendarDay.class, date);
        String before = day == null ? "-" : day.getType() + " " + day.getName();
        if (day == null) {
            day = new CalendarDay(date, type, name);
            em.persist(day);
        } else {
            day.change(type, name);
        }
        audit.record(caller.username(), CoreAuditAction.CALENDAR_DAY_SET, "CalendarDay", date, null, before + " -> " + type + " " + name);
        em.flush();
        return day;
    }

    /** False when the calendar has nothing on {@code date}. */
    @Transactional
    public boolean removeDay(Caller caller, LocalDate date) {
        CalendarAdministration.requireAdmin(caller);
        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            return false;
        }
        em.remove(day);
        audit.record(caller.username(), CoreAuditAction.CALENDAR_DAY_REMOVED, "CalendarDay", date, null, day.getType() + " " + day.getName());
        em.flush();
        return true;
    }

    @Transactional
    public List<CalendarDay> allDays() {
        return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.date", CalendarDay.class).getResultList();
    }
}
