package org.xinfang.core.domain.model.reception;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appointments (applications and bookings) and their written notices. Reads by unit, session or
 * id; which units a caller may see is the use case's check.
 */
public interface AppointmentRepository {

    Appointment add(Appointment appointment);

    Optional<Appointment> find(Long id);

    /** The appointment, its row locked on the first read. */
    Optional<Appointment> findLocked(Long id);

    /**
     * The appointment read again under a row lock even when this transaction read it before (a plain
     * read would see the transaction's first snapshot on InnoDB).
     */
    Optional<Appointment> rereadLocked(Long id);

    /** The unit's appointments, newest first; of one status, or all when null. */
    List<Appointment> ofUnit(Long unitId, AppointmentStatus status);

    /** The booked appointments of one session, in booking order. */
    List<Appointment> booked(Long sessionId);

    /** The booked appointments of one session, read with a locking read (they may have committed since this transaction began). */
    List<Appointment> bookedLocked(Long sessionId);

    /** The booked appointments of the rule's sessions from {@code from} on, read with a locking read. */
    List<Appointment> bookedOfRuleLocked(RotaRule rule, LocalDate from);

    /** Per session of the unit from {@code from} to {@code to}, how many places are booked. */
    Map<Long, Long> bookedCounts(Long unitId, LocalDate from, LocalDate to);

    /** How many appointments of this phone the unit has in one of {@code statuses}, read with a locking read. */
    long countOfPhoneLocked(Long unitId, String phoneKey, Collection<AppointmentStatus> statuses);

    /** The appointment of this number and phone (digits only), if both match. */
    Optional<Appointment> byNumberAndPhone(String number, String phoneKey);

    /** Booked appointments with a session from {@code from} to {@code to} whose leader was not reminded and who has an e-mail. */
    List<Long> leaderReminderDue(LocalDate from, LocalDate to);

    /**
     * Booked appointments with a session from {@code from} to {@code to} whose petitioner was not
     * reminded: all of them when {@code anyContact} (text messages reach every phone), else those
     * with an e-mail.
     */
    List<Long> petitionerReminderDue(LocalDate from, LocalDate to, boolean anyContact);

    ReceptionNotice addNotice(ReceptionNotice notice);

    /** The written notice of an appointment, once booked. */
    Optional<ReceptionNotice> notice(Long appointmentId);
}
