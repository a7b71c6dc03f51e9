package org.xinfang.core.domain.model.reception;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What editing or withdrawing a rota rule does to its sessions from today on. Sessions already past
 * are history and never touched. A session the rule no longer names is withdrawn; a date it newly
 * names gets a session (or its withdrawn one back); the rest take the rule's new hours and capacity.
 * A change that would strand petitioners is refused, naming the date: a dropped session that still
 * has bookings, or a capacity below the bookings a session already holds. The desk cancels or moves
 * those bookings first; the rota never silently loses one.
 *
 * @param keep     sessions kept (and reinstated if they were withdrawn), to take the new hours and capacity
 * @param withdraw sessions the rule no longer names
 * @param create   dates that need a new session
 * @param refusals what stops the change; empty when it may be made
 */
public record RotaChange(List<ReceptionSlot> keep, List<ReceptionSlot> withdraw, List<LocalDate> create, List<Refusal> refusals) {

    /** One date that stops the change: its bookings and the message key saying why. */
    public record Refusal(LocalDate date, int booked, String key) {
    }

    /**
     * Plans the change.
     *
     * @param future   the rule's sessions dated today or later, withdrawn ones included
     * @param booked   the bookings each of those sessions holds, by session date (absent = none)
     * @param dates    the dates the edited rule names from today on (empty when withdrawing the rule)
     * @param capacity the edited rule's capacity
     */
    public static RotaChange plan(Collection<ReceptionSlot> future, Map<LocalDate, Integer> booked, Collection<LocalDate> dates, int capacity) {
        Set<LocalDate> named = new LinkedHashSet<>(dates);
        Map<LocalDate, ReceptionSlot> byDate = future.stream().collect(Collectors.toMap(ReceptionSlot::getDate, Function.identity()));
        List<ReceptionSlot> keep = new ArrayList<>();
        List<ReceptionSlot> withdraw = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        future.stream().sorted((a, b) -> a.getDate().compareTo(b.getDate())).forEach(slot -> {
            int holds = booked.getOrDefault(slot.getDate(), 0);
            if (named.contains(slot.getDate())) {
                keep.add(slot);
                if (holds > capacity) {
                    refusals.add(new Refusal(slot.getDate(), holds, "reception.rule.capacityBelowBooked"));
                }
            } else if (!slot.isWithdrawn()) {
                withdraw.add(slot);
                if (holds > 0) {
                    refusals.add(new Refusal(slot.getDate(), holds, "reception.rule.droppedWithBookings"));
                }
            }
        });
        List<LocalDate> create = named.stream().filter(d -> !byDate.containsKey(d)).sorted().toList();
        return new RotaChange(keep, withdraw, create, refusals);
    }
}
