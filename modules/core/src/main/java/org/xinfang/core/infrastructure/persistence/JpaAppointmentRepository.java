package org.xinfang.core.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.ReceptionNotice;
import org.xinfang.core.domain.model.reception.RotaRule;

@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Override
    public Appointment add(Appointment appointment) {
        em.persist(appointment);
        return appointment;
    }

    @Override
    public Optional<Appointment> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Appointment.class, id));
    }

    @Override
    public Optional<Appointment> findLocked(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Appointment> rereadLocked(Long id) {
        Appointment a = id == null ? null : em.find(Appointment.class, id);
        if (a != null) {
            em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(a);
    }

    @Override
    public List<Appointment> ofUnit(Long unitId, AppointmentStatus status) {
        var query = em.createQuery("SELECT a FROM Appointment a WHERE a.unitId = :u" + (status == null ? "" : " AND a.status = :s")
                + " ORDER BY a.id DESC", Appointment.class).setParameter("u", unitId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultList();
    }

    @Override
    public List<Appointment> booked(Long sessionId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.slot.id = :s AND a.status = :b ORDER BY a.id", Appointment.class)
                .setParameter("s", sessionId).setParameter("b", AppointmentStatus.BOOKED).getResultList();
    }

    @Override
    public List<Appointment> bookedLocked(Long sessionId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.slot.id = :s AND a.status = :b", Appointment.class)
                .setParameter("s", sessionId).setParameter("b", AppointmentStatus.BOOKED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<Appointment> bookedOfRuleLocked(RotaRule rule, LocalDate from) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.slot.rule = :r AND a.slot.date >= :d AND a.status = :b", Appointment.class)
                .setParameter("r", rule).setParameter("d", from).setParameter("b", AppointmentStatus.BOOKED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public Map<Long, Long> bookedCounts(Long unitId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT a.slot.id, COUNT(a) FROM Appointment a WHERE a.unitId = :u"
                        + " AND a.status = :s AND a.slot.date BETWEEN :f AND :t GROUP BY a.slot.id", Object[].class)
                .setParameter("u", unitId).setParameter("s", AppointmentStatus.BOOKED).setParameter("f", from).setParameter("t", to)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Override
    public long countOfPhoneLocked(Long unitId, String phoneKey, Collection<AppointmentStatus> statuses) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.unitId = :u AND a.phoneKey = :p AND a.status IN :open",
                        Appointment.class)
                .setParameter("u", unitId).setParameter("p", phoneKey).setParameter("open", statuses)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    @Override
    public Optional<Appointment> byNumberAndPhone(String number, String phoneKey) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.number = :n AND a.phoneKey = :p", Appointment.class)
                .setParameter("n", number).setParameter("p", phoneKey).getResultStream().findFirst();
    }

    @Override
    public List<Long> leaderReminderDue(LocalDate from, LocalDate to) {
        return due("a.leaderRemindedAt IS NULL AND a.slot.rule.leaderEmail IS NOT NULL AND a.slot.rule.leaderEmail <> ''", from, to);
    }

    @Override
    public List<Long> petitionerReminderDue(LocalDate from, LocalDate to, boolean anyContact) {
        return due(anyContact ? "a.petitionerRemindedAt IS NULL"
                : "a.petitionerRemindedAt IS NULL AND a.email IS NOT NULL AND a.email <> ''", from, to);
    }

    private List<Long> due(String unsent, LocalDate from, LocalDate to) {
        // Only booked ones have a session; an application still waiting for one is never reminded.
        return em.createQuery("SELECT a.id FROM Appointment a WHERE a.status = :b AND a.slot IS NOT NULL"
                        + " AND a.slot.date BETWEEN :today AND :last AND " + unsent + " ORDER BY a.id", Long.class)
                .setParameter("b", AppointmentStatus.BOOKED).setParameter("today", from).setParameter("last", to)
                .getResultList();
    }

    @Override
    public ReceptionNotice addNotice(ReceptionNotice notice) {
        em.persist(notice);
        return notice;
    }

    @Override
    public Optional<ReceptionNotice> notice(Long appointmentId) {
        return Optional.ofNullable(em.find(ReceptionNotice.class, appointmentId));
    }
}
