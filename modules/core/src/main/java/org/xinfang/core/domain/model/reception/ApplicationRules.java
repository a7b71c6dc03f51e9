package org.xinfang.core.domain.model.reception;


/**
 * What may happen to an application in which status, and how many one phone may hold. Pure, so
 * the use cases ask it with the row locked and the unit tests ask it directly.
 */
public final class ApplicationRules {

    /** How many open applications (applied, planned, booked) one phone may hold in one unit. */
    public static final int MAX_OPEN_PER_PHONE = 3;

    /** What the desk does to an application. */
    public enum Step { CLASSIFY, SCHEDULE, CANCEL }

    private ApplicationRules() {
    }

    /**
     * The message key refusing {@code step} in {@code status}, or null when it is allowed: only an
     * applied one is classified, only a planned one is scheduled, and a decided or cancelled one is
     * not cancelled (a referral or a declination stands; a new matter is a new application).
     */
    public static String refusal(AppointmentStatus status, Step step) {
        boolean allowed = switch (step) {
            case CLASSIFY -> status == AppointmentStatus.APPLIED;
            case SCHEDULE -> status == AppointmentStatus.PLANNED;
            case CANCEL -> status.isOpen();
        };
        return allowed ? null : "reception.application." + step.name().toLowerCase() + ".not" + status.name();
    }

    /** Whether one phone already holds the most open applications allowed in the unit. */
    public static boolean overLimit(long openForPhone) {
        return openForPhone >= MAX_OPEN_PER_PHONE;
    }
}
