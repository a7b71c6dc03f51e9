package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotificationSender.Channel;
import org.xinfang.core.application.kernel.NotificationSender.NotificationFailedException;
import org.xinfang.core.application.kernel.NotificationSender;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.application.kernel.CoreAuditAction;

/**
 * One reminder, in its own transaction: the appointment's row is locked, checked still unsent and
 * still due, sent, and marked sent, so two runs (or two servers) never send it twice. Kept apart
 * from {@link ReceptionReminders} because a call within one bean would bypass the transaction.
 * The leader is reminded by mail; the petitioner by mail when an address was given and by text
 * message when an SMS gateway is configured, and the appointment records which went.
 */
@ApplicationScoped
public class ReminderDelivery {

    /** Who is reminded. */
    public enum Recipient { LEADER, PETITIONER }

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static final Logger LOG = Logger.getLogger(ReminderDelivery.class.getName());

    @Inject
    private AppointmentRepository appointments;

    @Inject
    @Any
    private Instance<NotificationSender> senders;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The appointments whose reminder to {@code recipient} is due on {@code today} and not yet sent. */
    @Transactional
    public List<Long> due(Recipient recipient, LocalDate today, int daysBefore) {
        LocalDate last = today.plusDays(daysBefore);
        return recipient == Recipient.LEADER ? appointments.leaderReminderDue(today, last)
                : appointments.petitionerReminderDue(today, last, sender(Channel.SMS).isPresent());
    }

    /** Sends one reminder if it is still due and unsent; true when it was sent now. */
    @Transactional
    public boolean remind(Recipient recipient, Long appointmentId, LocalDate today, int daysBefore) {
        Appointment a = appointments.findLocked(appointmentId).orElse(null);
        if (a == null || a.getStatus() != AppointmentStatus.BOOKED || a.getSlot() == null
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
        String detail = recipient.name();
        if (recipient == Recipient.LEADER) {
            mail().send(rule.getLeaderEmail(), Messages.get(ZH, "reception.mail.leader.subject", facts),
                    Messages.get(ZH, "reception.mail.leader.body", facts));
            a.leaderReminded(now);
        } else {
            List<Channel> went = remindPetitioner(a, facts);
            if (went.isEmpty()) {
                return false;
            }
            String via = String.join(",", went.stream().map(Channel::name).toList());
            a.petitionerReminded(now, via);
            detail += " " + via;
        }
        audit.record("system", CoreAuditAction.RECEPTION_REMINDED, "Appointment", a.getId(), a.getUnitId(), detail);
        return true;
    }

    /** Whether the petitioner's reminder can go by text message here (an SMS gateway is configured). */
    public boolean smsAvailable() {
        return sender(Channel.SMS).isPresent();
    }

    /**
     * Sends the petitioner's reminder by each channel there is an address and a sender for; the
     * channels it went by. One channel failing while another went is logged, not retried, so the one
     * that went is not sent twice; all failing leaves the reminder due.
     */
    private List<Channel> remindPetitioner(Appointment a, Object[] facts) {
        List<Channel> went = new ArrayList<>();
        NotificationFailedException failed = null;
        if (a.getEmail() != null && !a.getEmail().isBlank()) {
            try {
                mail().send(a.getEmail(), Messages.get(ZH, "reception.mail.petitioner.subject", facts),
                        Messages.get(ZH, "reception.mail.petitioner.body", facts));
                went.add(Channel.MAIL);
            } catch (NotificationFailedException e) {
                failed = e;
            }
        }
        Optional<NotificationSender> sms = sender(Channel.SMS);
        if (sms.isPresent()) {
            try {
                sms.get().send(a.getPhone(), null, Messages.get(ZH, "reception.sms.petitioner", facts));
                went.add(Channel.SMS);
            } catch (NotificationFailedException e) {
                failed = e;
            }
        }
        if (failed != null) {
            if (went.isEmpty()) {
                throw failed;
            }
            LOG.log(Level.WARNING, "Reminder for appointment " + a.getId() + " went by " + went + " only", failed);
        }
        return went;
    }

    private NotificationSender mail() {
        return sender(Channel.MAIL).orElseThrow(() -> new IllegalStateException("No mail sender"));
    }

    private Optional<NotificationSender> sender(Channel channel) {
        return senders.stream().filter(s -> s.channel() == channel && s.available()).findFirst();
    }
}
