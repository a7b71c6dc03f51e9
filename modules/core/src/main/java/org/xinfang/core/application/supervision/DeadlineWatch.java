package org.xinfang.core.application.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.procedure.ClockWatch;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.domain.model.supervision.ReminderKind;
import org.xinfang.core.domain.model.supervision.SchedulerLeases;
import org.xinfang.core.domain.model.supervision.SentReminderRepository;
import org.xinfang.core.domain.model.supervision.SupervisionOrderRepository;

/**
 * The deadline watch: one scan across the whole installation that finds every running clock due soon
 * or overdue and every open order near or past its date, and sends what is owed — the reminder, the
 * automatic 催办, the proposal of a 督办 to the unit above — each once.
 *
 * <p>It works from state, not from the time of the last run: whatever was owed while the server was
 * down is found by the next scan. Only the holder of the database lease scans, so with two servers one
 * scans and the other takes over when the first stops renewing; even two scans at once send each
 * reminder once, because each is claimed in the ledger before it is sent.
 */
@ApplicationScoped
public class DeadlineWatch {

    /** What one scan did. {@code ran} is false when another node holds the lease. */
    public record ScanReport(boolean ran, int dueSoon, int overdue, int urged, int proposed, int orderReminders, int announced) {

        static ScanReport skipped() {
            return new ScanReport(false, 0, 0, 0, 0, 0, 0);
        }

        public int total() {
            return dueSoon + overdue + urged + proposed + orderReminders;
        }
    }

    static final String LEASE = "deadline-watch";

    /** Longer than the scheduler's period, so the holder renews before it lapses. */
    static final long LEASE_MINUTES = 12;

    private static final int BATCH = 500;
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Inject
    private SchedulerLeases leases;

    @Inject
    private SentReminderRepository sent;

    @Inject
    private SupervisionOrderRepository orders;

    @Inject
    private DeadlineReminders reminders;

    @Inject
    private ClockWatch announcements;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private SupervisionSettings settings;

    @Inject
    private Clock clock;

    /** This server's name in the lease: the node's name and this start's own id. */
    private final String node = System.getProperty("jboss.node.name", "node") + ":" + UUID.randomUUID();

    /** Scans if this server holds (or can take) the lease; otherwise does nothing (another node scans). */
    public ScanReport scan() {
        return scan(node);
    }

    /** Hands the lease over when this server stops, so that another node scans without waiting for it to lapse. */
    public void release() {
        leases.release(LEASE, node);
    }

    /** Scans if {@code holder} holds (or can take) the lease; otherwise does nothing. */
    public ScanReport scan(String holder) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!leases.acquire(LEASE, holder, now, now.plusMinutes(LEASE_MINUTES))) {
            return ScanReport.skipped();
        }
        return sweep(LocalDate.now(clock));
    }

    /** One scan for {@code today}, lease or not (the lease only keeps a second node from doing the same work). */
    public ScanReport sweep(LocalDate today) {
        WorkCalendar calendar = calendars.current();
        LocalDate soon = settings.dueDates(today).soonUntil();
        LocalDate yesterday = today.minusDays(1);
        int dueSoon = each(id -> reminders.clock(id, ReminderKind.DUE_SOON, today),
                after -> sent.runningClocksWithout(ReminderKind.DUE_SOON, today, soon, after, BATCH));
        int overdue = each(id -> reminders.clock(id, ReminderKind.OVERDUE, today),
                after -> sent.runningClocksWithout(ReminderKind.OVERDUE, EARLIEST, yesterday, after, BATCH));
        LocalDate urgeLine = calendar.overdueBy(today, settings.urgeAfterDays());
        int urged = each(id -> reminders.urge(id, today),
                after -> sent.runningClocksWithout(ReminderKind.URGED, EARLIEST, urgeLine, after, BATCH));
        LocalDate proposeLine = calendar.overdueBy(today, settings.proposeAfterDays());
        int proposed = each(id -> reminders.proposeSupervision(id, today),
                after -> sent.runningClocksWithout(ReminderKind.SUPERVISION_PROPOSED, EARLIEST, proposeLine, after, BATCH));
        int orderReminders = each(id -> reminders.order(id, ReminderKind.DUE_SOON, today),
                after -> orders.openDueWithout(ReminderKind.DUE_SOON, today, soon, after, BATCH))
                + each(id -> reminders.order(id, ReminderKind.OVERDUE, today),
                after -> orders.openDueWithout(ReminderKind.OVERDUE, EARLIEST, yesterday, after, BATCH));
        int announced = 0;
        try {
            announced = announcements.announce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcing due and lapsed clocks failed this run", e);
        }
        return new ScanReport(true, dueSoon, overdue, urged, proposed, orderReminders, announced);
    }

    /**
     * Runs {@code act} on every id the query pages out (by ascending id, so one that keeps failing is
     * passed over rather than retried forever) and counts those that did something.
     */
    private int each(LongFunction<Boolean> act, LongFunction<List<Long>> page) {
        int done = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = page.apply(after);
            for (Long id : ids) {
                try {
                    if (act.apply(id)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Deadline watch: item " + id + " failed this run", e);
                }
                after = id;
            }
        } while (ids.size() == BATCH);
        return done;
    }
}
