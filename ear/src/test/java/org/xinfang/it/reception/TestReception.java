package org.xinfang.it.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRule;

/**
 * Puts a slot of a saved rule on a date the rota itself would never give (a day already past, a
 * holiday declared after the rota was published): the way tests reach those refusals.
 */
@ApplicationScoped
public class TestReception {

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Transactional
    public Long slotOn(Long ruleId, LocalDate date) {
        ReceptionSlot slot = new ReceptionSlot(em.find(RotaRule.class, ruleId), date);
        em.persist(slot);
        return slot.getId();
    }

    @Transactional
    public long bookedOn(Long slotId) {
        return em.createQuery("SELECT COUNT(a) FROM Appointment a WHERE a.slot.id = :s AND a.status = :b", Long.class)
                .setParameter("s", slotId).setParameter("b", AppointmentStatus.BOOKED).getSingleResult();
    }

    /** The channels the petitioner's reminder of {@code appointmentId} went by, as recorded. */
    @Transactional
    public String remindedVia(Long appointmentId) {
        return em.find(Appointment.class, appointmentId).getPetitionerRemindedVia();
    }
}
