package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.core.application.kernel.NotificationSender.NotificationFailedException;
import org.xinfang.core.application.settings.Settings;

/**
 * Sends the reception reminders that are due: to the leader {@code reception.reminder.leader.days}
 * days before the session (default 2), to the petitioner {@code reception.reminder.petitioner.days}
 * days before (default 1), each at most once. Run by the scheduler every few minutes, and by tests
 * with a day of their choosing. A reminder that fails stays due and is tried on the next run.
 */
@ApplicationScoped
public class ReceptionReminders {

    private static final Logger LOG = Logger.getLogger(ReceptionReminders.class.getName());

    @Inject
    private ReminderDelivery delivery;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** Sends what is due today; the number sent. */
    public int sendDue() {
        return sendDue(LocalDate.now(clock));
    }

    /** Sends what is due on {@code today}; the number sent. */
    public int sendDue(LocalDate today) {
        int leaderDays = settings.number(ReceptionSettings.LEADER_REMINDER_DAYS, ReceptionSettings.DEFAULT_LEADER_DAYS);
        int petitionerDays = settings.number(ReceptionSettings.PETITIONER_REMINDER_DAYS, ReceptionSettings.DEFAULT_PETITIONER_DAYS);
        int sent = 0;
        for (ReminderDelivery.Recipient recipient : ReminderDelivery.Recipient.values()) {
            int days = recipient == ReminderDelivery.Recipient.LEADER ? leaderDays : petitionerDays;
            for (Long id : delivery.due(recipient, today, days)) {
                try {
                    if (delivery.remind(recipient, id, today, days)) {
                        sent++;
                    }
                } catch (NotificationFailedException e) {
                    LOG.log(Level.WARNING, "Reception reminder " + recipient + " for appointment " + id + " not sent; retried later", e);
                }
            }
        }
        return sent;
    }
}
