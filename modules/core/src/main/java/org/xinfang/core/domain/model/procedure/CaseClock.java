package org.xinfang.core.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.xinfang.api.model.DayCount;
import org.xinfang.core.domain.model.calendar.WorkCalendar;

/**
 * One statutory clock of one case: when it started, how many days it runs and how they are counted,
 * the days a pause gave back and an extension added, and so its due date. The due date is stored so
 * lists can sort and filter by it; every change recomputes it on the work calendar.
 */
@Entity
@Table(name = "case_clock")
public class CaseClock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "clock_name", nullable = false, length = 48)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_count", nullable = false, length = 16)
    private DayCount count;

    @Column(name = "days", nullable = false)
    private int days;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extended", nullable = false)
    private boolean extended;

    @Column(name = "paused_since")
    private LocalDate pausedSince;

    @Column(name = "paused_days", nullable = false)
    private int pausedDays;

    @Column(name = "stopped_on")
    private LocalDate stoppedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock_status", nullable = false, length = 16)
    private ClockStatus status;

    @Column(name = "due_announced", nullable = false)
    private boolean dueAnnounced;

    @Column(name = "lapsed_announced", nullable = false)
    private boolean lapsedAnnounced;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CaseClock() {
    }

    public CaseClock(Long caseId, String name) {
        this.caseId = caseId;
        this.name = name;
    }

    /** (Re)starts the clock on {@code on} for {@code days} counted as {@code count}. */
    public void start(LocalDate on, int periodDays, DayCount dayCount, WorkCalendar calendar) {
        this.startedOn = on;
        this.days = periodDays;
        this.count = dayCount;
        this.extensionDays = 0;
        this.extended = false;
        this.pausedSince = null;
        this.pausedDays = 0;
        this.stoppedOn = null;
        this.status = ClockStatus.RUNNING;
        recompute(calendar);
    }

    /** Starts the clock with a due date the step gave (a 交办's report-back date). */
    public void startUntil(LocalDate on, LocalDate given, WorkCalendar calendar) {
        start(on, (int) java.time.temporal.ChronoUnit.DAYS.between(on, given), DayCount.CALENDAR, calendar);
    }

    public void stop(LocalDate on) {
        if (status == ClockStatus.PAUSED) {
            pausedSince = null;
        }
        this.stoppedOn = on;
        this.status = ClockStatus.STOPPED;
    }

    public void pause(LocalDate on) {
        if (status == ClockStatus.RUNNING) {
            this.pausedSince = on;
            this.status = ClockStatus.PAUSED;
        }
    }

    /** Resumes a paused clock: the days it stood still are added back to its period. */
    public void resume(LocalDate on, WorkCalendar calendar) {
        if (status == ClockStatus.PAUSED) {
            this.pausedDays += calendar.daysBetween(pausedSince, on, count);
            this.pausedSince = null;
            this.status = ClockStatus.RUNNING;
            recompute(calendar);
        }
    }

    /** Adds an approved extension; the engine allows one per clock. */
    public void extend(int byDays, WorkCalendar calendar) {
        this.extensionDays += byDays;
        this.extended = true;
        recompute(calendar);
    }

    private void recompute(WorkCalendar calendar) {
        LocalDate before = dueOn;
        this.dueOn = calendar.due(startedOn, days + extensionDays + pausedDays, count);
        if (!dueOn.equals(before)) {
            dueDateChanged();
        }
    }

    /**
     * The due date as it stands on {@code today}: while paused, the days of the pause so far are
     * already given back.
     */
    public LocalDate dueAsOf(LocalDate today, WorkCalendar calendar) {
        if (status != ClockStatus.PAUSED) {
            return dueOn;
        }
        return calendar.due(startedOn, days + extensionDays + pausedDays + calendar.daysBetween(pausedSince, today, count), count);
    }

    /** Running and past its due date on {@code today}. */
    public boolean isLapsed(LocalDate today) {
        return status == ClockStatus.RUNNING && today.isAfter(dueOn);
    }

    /** Running (not paused, not stopped) and not yet past its due date. */
    public boolean isRunningInTime(LocalDate today) {
        return status == ClockStatus.RUNNING && !today.isAfter(dueOn);
    }

    /** True once: when the clock runs and {@code today} is its due day, not yet announced for this due date. */
    public boolean announceDue(LocalDate today) {
        boolean due = status == ClockStatus.RUNNING && today.equals(dueOn) && !dueAnnounced;
        dueAnnounced |= due;
        return due;
    }

    /** True once: when the clock runs past its due date, not yet announced for this due date. */
    public boolean announceLapse(LocalDate today) {
        boolean lapsed = isLapsed(today) && !lapsedAnnounced;
        lapsedAnnounced |= lapsed;
        return lapsed;
    }

    /** A new due date is announced again. */
    private void dueDateChanged() {
        dueAnnounced = false;
        lapsedAnnounced = false;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getName() {
        return name;
    }

    public DayCount getCount() {
        return count;
    }

    public int getDays() {
        return days;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getExtensionDays() {
        return extensionDays;
    }

    public boolean isExtended() {
        return extended;
    }

    public LocalDate getPausedSince() {
        return pausedSince;
    }

    public int getPausedDays() {
        return pausedDays;
    }

    public LocalDate getStoppedOn() {
        return stoppedOn;
    }

    public ClockStatus getStatus() {
        return status;
    }
}
