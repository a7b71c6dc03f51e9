package org.xinfang.core.infrastructure.persistence.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.supervision.SentReminderRepository;

@ApplicationScoped
public class JpaSentReminderRepository implements SentReminderRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public boolean claim(SentReminder reminder) {
        // The subject's row is locked first: a second scanner waits here, then finds the first one's
        // record (its read comes after the lock) and sends nothing. The unique key is the last guard.
        String type = reminder.getSubjectType();
        String table = SentReminder.CLOCK.equals(type) ? "case_clock" : SentReminder.ORDER.equals(type) ? "supervision_order" : "org_unit";
        em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE").setParameter(1, reminder.getSubjectId())
                .getResultList();
        boolean sent = !em.createQuery("SELECT s.id FROM SentReminder s WHERE s.subjectType = :t AND s.subjectId = :id"
                        + " AND s.kind = :k AND s.dueOn = :d", Long.class)
                .setParameter("t", reminder.getSubjectType()).setParameter("id", reminder.getSubjectId())
                .setParameter("k", reminder.getKind()).setParameter("d", reminder.getDueOn())
                .setMaxResults(1).getResultList().isEmpty();
        if (sent) {
            return false;
        }
        em.persist(reminder);
        em.flush();
        return true;
    }

    @Override
    public List<Long> runningClocksWithout(ReminderKind kind, LocalDate from, LocalDate to, long afterId, int limit) {
        return em.createQuery("SELECT k.id FROM CaseClock k WHERE k.status = :running AND k.dueOn BETWEEN :from AND :to"
                        + " AND k.id > :after AND NOT EXISTS (SELECT s.id FROM SentReminder s WHERE s.subjectType = :type"
                        + " AND s.subjectId = k.id AND s.kind = :kind AND s.dueOn = k.dueOn) ORDER BY k.id", Long.class)
                .setParameter("running", ClockStatus.RUNNING).setParameter("from", from).setParameter("to", to)
                .setParameter("after", afterId).setParameter("type", SentReminder.CLOCK).setParameter("kind", kind)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<SentReminder> ofCase(Long caseId) {
        return em.createQuery("SELECT s FROM SentReminder s WHERE s.caseId = :c ORDER BY s.id", SentReminder.class)
                .setParameter("c", caseId).getResultList();
    }
}
