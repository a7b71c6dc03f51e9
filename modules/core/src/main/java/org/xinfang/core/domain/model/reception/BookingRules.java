package org.xinfang.core.domain.model.reception;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.xinfang.core.domain.model.calendar.WorkCalendar;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * Whether a booking may take a place on a slot. Each refusal is a field and a message key; the use
 * case asks with the slot's row locked, so {@code bookedPhones} is the truth at that moment.
 */
public final class BookingRules {

    /** A collective visit sends at most five representatives (信访工作条例); the petitioner's input holds to it. */
    public static final int MAX_REPRESENTATIVES = 5;

    /** One refusal: the request field at fault and the message key. */
    public record Refusal(String field, String key) {
    }

    private BookingRules() {
    }

    /**
     * The refusals for booking {@code request} on {@code slot} at {@code now}, given the phones of the
     * bookings the slot already holds (digits only, {@link MatchKeys#normalisePhone}); empty when it may be booked.
     */
    public static List<Refusal> check(ReceptionSlot slot, Appointment request, LocalDateTime now, WorkCalendar calendar,
                                      Collection<String> bookedPhones) {
        List<Refusal> refusals = new ArrayList<>();
        if (slot.isWithdrawn()) {
            refusals.add(new Refusal("slotId", "reception.slot.withdrawn"));
        } else if (!slot.start().isAfter(now)) {
            refusals.add(new Refusal("slotId", "reception.slot.past"));
        } else if (!calendar.isWorkingDay(slot.getDate())) {
            refusals.add(new Refusal("slotId", "reception.slot.notWorkingDay"));
        } else if (bookedPhones.contains(MatchKeys.normalisePhone(request.getPhone()))) {
            refusals.add(new Refusal("phone", "reception.phone.alreadyBooked"));
        } else if (bookedPhones.size() >= slot.getCapacity()) {
            refusals.add(new Refusal("slotId", "reception.slot.full"));
        }
        return refusals;
    }
}
