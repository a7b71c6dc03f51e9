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
import org.xinfang.core.application.audit.AuditSchedule;

/**
 * Seals the audit log hourly and verifies it daily ({@link AuditSchedule}) on the server's default
 * managed scheduled executor, as {@link ReminderScheduler} runs the reminders.
 */
@ApplicationScoped
public class AuditScheduler {

    private static final Logger LOG = Logger.getLogger(AuditScheduler.class.getName());

    static final long PERIOD_MINUTES = 60;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    private ManagedScheduledExecutorService executor;

    @Inject
    private AuditSchedule schedule;

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // A first run a few minutes after start, not at once: a start is busy enough.
        run = executor.scheduleAtFixedRate(this::seal, 7, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (run != null) {
            run.cancel(false);
        }
        try {
            schedule.release();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not hand the audit seal's lease over; it lapses on its own", e);
        }
    }

    private void seal() {
        try {
            AuditSchedule.Run done = schedule.run();
            if (done.verification() != null) {
                LOG.info(() -> "Audit log verified: " + (done.verification().isIntact() ? "intact, " : "NOT intact, ")
                        + done.verification().getEventsChecked() + " events");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit seal failed this run", e);
        }
    }
}
