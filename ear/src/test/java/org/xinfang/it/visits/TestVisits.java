package org.xinfang.it.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.xinfang.core.domain.model.ownership.OwnershipStatus;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;

/** Reads back what the use cases stored, in a transaction of its own. */
@ApplicationScoped
public class TestVisits {

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    /** Moves a booked session to {@code date}, as if its day had come: the way a test reaches a session held today. */
    @Transactional
    public void moveSlot(Long slotId, java.time.LocalDate date) {
        em.createQuery("UPDATE ReceptionSlot s SET s.date = :d WHERE s.id = :id").setParameter("d", date).setParameter("id", slotId).executeUpdate();
    }

    @Transactional
    public AppointmentStatus statusOf(Long appointmentId) {
        return em.find(Appointment.class, appointmentId).getStatus();
    }

    @Transactional
    public long openOwnerships(Long caseId) {
        return em.createQuery("SELECT COUNT(o) FROM CaseOwnership o WHERE o.caseId = :c AND o.status = :s", Long.class)
                .setParameter("c", caseId).setParameter("s", OwnershipStatus.OPEN).getSingleResult();
    }

    @Transactional
    public long visitsOfLeader(String leader) {
        return em.createQuery("SELECT COUNT(v) FROM ReceptionVisit v WHERE v.leaderUsername = :l", Long.class)
                .setParameter("l", leader).getSingleResult();
    }

    @Transactional
    public long casesWithSubject(String subject) {
        return em.createQuery("SELECT COUNT(c) FROM Case c WHERE c.subject = :s", Long.class).setParameter("s", subject).getSingleResult();
    }
}
