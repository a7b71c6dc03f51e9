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
import org.xinfang.core.application.reception.ReceptionReminders;
import org.xinfang.core.application.supervision.DeadlineWatch;

/**
 * The server's routine work on its default managed scheduled executor (the ee-concurrency subsystem
 * that jaxrs-server brings; EJB timers would need the ejb layer, which the server does not have):
 * every few minutes the reception reminders, the deadline watch (reminders, 催办, clock
 * announcements) and the audit seal (which checkpoints hourly and verifies daily by the stored times).
 * Started when the application starts, stopped when it stops. One short timer only: a cancelled
 * timer stays queued until its next run, holding the stopped deployment in memory until then (a
 * first run an hour away kept every test deployment alive and filled the heap). Each job runs on one node at a time: reminders lock
 * their appointment, the deadline watch and the audit seal hold a database lease, handed over here
 * on a clean stop.
 */
@ApplicationScoped
public class ScheduledWork {

    private static final Logger LOG = Logger.getLogger(ScheduledWork.class.getName());

    /** Minutes between runs; a reminder is "days before", so a few minutes late is on time. */
    static final long PERIOD_MINUTES = 5;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    private ManagedScheduledExecutorService executor;

    @Inject
    private ReceptionReminders reminders;

    @Inject
    private DeadlineWatch deadlines;

    @Inject
    private AuditSchedule audit;

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        run = executor.scheduleAtFixedRate(this::tick, 1, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (run != null) {
            run.cancel(false);
        }
        release("deadline watch", deadlines::release);
        release("audit seal", audit::release);
    }

    private static void release(String lease, Runnable release) {
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not hand the " + lease + "'s lease over; it lapses on its own", e);
        }
    }

    private void tick() {
        sendDue();
        sealAudit();
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

    private void sealAudit() {
        try {
            AuditSchedule.Run done = audit.run();
            if (done.verification() != null) {
                LOG.info(() -> "Audit log verified: " + (done.verification().isIntact() ? "intact, " : "NOT intact, ")
                        + done.verification().getEventsChecked() + " events");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit seal failed this run", e);
        }
    }
}
