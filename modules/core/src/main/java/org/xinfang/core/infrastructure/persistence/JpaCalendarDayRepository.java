package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.calendar.CalendarDayRepository;

@ApplicationScoped
public class JpaCalendarDayRepository implements CalendarDayRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public List<CalendarDay> all() {
        return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.date", CalendarDay.class).getResultList();
    }

    @Override
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date < :to ORDER BY d.date", CalendarDay.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<CalendarDay> find(LocalDate date) {
        return Optional.ofNullable(em.find(CalendarDay.class, date));
    }

    @Override
    public CalendarDay add(CalendarDay day) {
        em.persist(day);
        return day;
    }

    @Override
    public void remove(CalendarDay day) {
        em.remove(day);
    }

    @Override
    public int removeBetween(LocalDate from, LocalDate to) {
        return em.createQuery("DELETE FROM CalendarDay d WHERE d.date >= :from AND d.date < :to")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<LocalDate> latestRunningDue() {
        return Optional.ofNullable(em.createQuery("SELECT MAX(k.dueOn) FROM CaseClock k WHERE k.status = :running", LocalDate.class)
                .setParameter("running", ClockStatus.RUNNING).getSingleResult());
    }
}
