package org.xinfang.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRule;

/**
 * One reminder, in its own transaction: the appointment's row is locked, checked still unsent and
 * still due, sent, and marked sent, so two runs (or two servers) never send it twice. Kept apart
 * from {@link ReceptionReminders} because a call within one bean would bypass the transaction.
 */
@ApplicationScoped
public class ReminderDelivery {

    /** Who is reminded. */
    public enum Recipient { LEADER, PETITIONER }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private NotificationSender sender;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The appointments whose reminder to {@code recipient} is due on {@code today} and not yet sent. */
    @Transactional
    public List<Long> due(Recipient recipient, LocalDate today, int daysBefore) {
        String unsent = recipient == Recipient.LEADER
                ? "a.leaderRemindedAt IS NULL AND a.slot.rule.leaderEmail IS NOT NULL AND a.slot.rule.leaderEmail <> ''"
                : "a.petitionerRemindedAt IS NULL AND a.email IS NOT NULL AND a.email <> ''";
        return em.createQuery("SELECT a.id FROM Appointment a WHERE a.status = :b AND a.slot.date BETWEEN :today AND :last AND "
                        + unsent + " ORDER BY a.id", Long.class)
                .setParameter("b", AppointmentStatus.BOOKED).setParameter("today", today).setParameter("last", today.plusDays(daysBefore))
                .getResultList();
    }

    /** Sends one reminder if it is still due and unsent; true when it was sent now. */
    @Transactional
    public boolean remind(Recipient recipient, Long appointmentId, LocalDate today, int daysBefore) {
        Appointment a = em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || a.getStatus() != AppointmentStatus.BOOKED
                || (recipient == Recipient.LEADER ? a.getLeaderRemindedAt() : a.getPetitionerRemindedAt()) != null) {
            return false;
        }
        ReceptionSlot slot = a.getSlot();
        if (slot.getDate().isBefore(today) || slot.getDate().isAfter(today.plusDays(daysBefore))) {
            return false;
        }
        RotaRule rule = slot.getRule();
        Object[] facts = {slot.getDate().toString(), slot.getStartsAt().toString(), slot.getEndsAt().toString(), rule.getPlace(),
                rule.getLeaderTitle(), rule.getLeaderName(), a.getPetitionerName(), a.getMaskedPhone(), a.getHeadCount(), a.getMatter()};
        LocalDateTime now = LocalDateTime.now(clock);
        if (recipient == Recipient.LEADER) {
            sender.send(rule.getLeaderEmail(), Messages.get(ZH, "reception.mail.leader.subject", facts),
                    Messages.get(ZH, "reception.mail.leader.body", facts));
            a.leaderReminded(now);
        } else {
            sender.send(a.getEmail(), Messages.get(ZH, "reception.mail.petitioner.subject", facts),
                    Messages.get(ZH, "reception.mail.petitioner.body", facts));
            a.petitionerReminded(now);
        }
        audit.record("system", "RECEPTION_REMINDED", "Appointment", a.getId(), a.getUnitId(), recipient.name());
        return true;
    }
}
