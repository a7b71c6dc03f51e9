package org.xinfang.core.infrastructure.scheduling;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.core.application.reception.ReceptionReminders;
import org.xinfang.core.application.supervision.DeadlineWatch;

/**
 * Runs the reception reminders and the deadline watch (reminders, 催办, clock announcements) every few minutes on the server's default managed scheduled executor
 * (the ee-concurrency subsystem that jaxrs-server brings; EJB timers would need the ejb layer, which
 * the server does not have). Started when the application starts, stopped when it stops. Each
 * reminder locks its appointment, so a second server running the same schedule sends nothing twice.
 */
@ApplicationScoped
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    /** Minutes between runs; a reminder is "days before", so a few minutes late is on time. */
    static final long PERIOD_MINUTES = 5;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    private ManagedScheduledExecutorService executor;

    @Inject
    private ReceptionReminders reminders;

    @Inject
    private DeadlineWatch deadlines;

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        run = executor.scheduleAtFixedRate(this::sendDue, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (run != null) {
            run.cancel(false);
        }
        try {
            deadlines.release();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not hand the deadline watch's lease over; it lapses on its own", e);
        }
    }

    private void sendDue() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Reception reminders sent: " + sent);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reception reminders failed this run", e);
        }
        try {
            DeadlineWatch.ScanReport scanned = deadlines.scan();
            if (scanned.total() + scanned.announced() > 0) {
                LOG.info(() -> "Deadline watch: " + scanned);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The deadline watch failed this run", e);
        }
    }
}
