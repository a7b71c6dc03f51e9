package org.xinfang.core.domain.model.reception;

import java.util.ArrayList;
import java.util.List;
import org.xinfang.api.model.LegalRoute;

/**
 * What may happen to an application in which status, and what a classification must say. Pure, so
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

    /** The refusals of a classification: a department for a referral, guidance and the legal route for a declination. */
    public static List<BookingRules.Refusal> classification(Classification classification, String department, String guidance,
                                                             LegalRoute legalRoute) {
        List<BookingRules.Refusal> refusals = new ArrayList<>();
        if (classification == null) {
            refusals.add(new BookingRules.Refusal("classification", "reception.classification.missing"));
        } else if (classification == Classification.DEPARTMENT && blank(department)) {
            refusals.add(new BookingRules.Refusal("department", "reception.department.missing"));
        } else if (classification == Classification.DECLINED) {
            if (blank(guidance)) {
                refusals.add(new BookingRules.Refusal("guidance", "reception.guidance.missing"));
            }
            if (legalRoute == null) {
                refusals.add(new BookingRules.Refusal("legalRoute", "reception.legalRoute.missing"));
            }
        }
        return refusals;
    }

    /** Whether one phone already holds the most open applications allowed in the unit. */
    public static boolean overLimit(long openForPhone) {
        return openForPhone >= MAX_OPEN_PER_PHONE;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
