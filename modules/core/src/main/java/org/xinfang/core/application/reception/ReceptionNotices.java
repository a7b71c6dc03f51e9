package org.xinfang.core.application.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.ReceptionNoticeText;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentRepository;
import org.xinfang.core.domain.model.reception.ReceptionNotice;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * The written reception notice (接访通知书) of a booking: issued, rendered by the same renderer as
 * the case notices and stored when the appointment is booked, in the booking's transaction, and
 * read back by the unit's desk to print or hand over.
 */
@ApplicationScoped
public class ReceptionNotices {

    @Inject
    private AppointmentRepository appointments;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Reception reception;

    @Inject
    private Clock clock;

    /** A stored notice with the name it downloads under. */
    public record StoredNotice(String fileName, byte[] content) {
    }

    /** Issues and stores the notice of {@code booked}, just booked on its slot. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReceptionNotice issue(Appointment booked) {
        ReceptionSlot slot = booked.getSlot();
        RotaRule rule = slot.getRule();
        OrgUnit unit = units.find(booked.getUnitId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate appliedOn = booked.getAppliedAt() == null ? now.toLocalDate() : booked.getAppliedAt().toLocalDate();
        ReceptionNoticeText.Facts facts = new ReceptionNoticeText.Facts(unit.getName(), unit.getSealText(), booked.getNumber(),
                now.toLocalDate(), booked.getPetitionerName(), appliedOn, booked.getMatter(), slot.getDate(), slot.getStartsAt(),
                slot.getEndsAt(), rule.getPlace(), rule.getLeaderTitle() + rule.getLeaderName(), booked.getHeadCount());
        byte[] pdf = renderer.render(ReceptionNoticeText.of(facts), now.toLocalDate(), booked.getNumber());
        ReceptionNotice notice = new ReceptionNotice(booked.getId(), booked.getNumber(), pdf, now);
        return appointments.addNotice(notice);
    }

    /**
     * The notice of an appointment the caller's desk keeps.
     *
     * @throws InvalidInputException when there is no such appointment in the caller's units, or it has no notice (not booked)
     */
    @Transactional
    public StoredNotice read(Caller caller, Long appointmentId) {
        Appointment a = appointments.find(appointmentId).orElse(null);
        if (a == null || !caller.visibility().sees(reception.unit(a.getUnitId()).getPath())) {
            throw InvalidInputException.of("appointmentId", Messages.get(caller.locale(), "reception.appointment.notFound"));
        }
        reception.deskUnit(caller, a.getUnitId());
        ReceptionNotice notice = appointments.notice(a.getId())
                .orElseThrow(() -> InvalidInputException.of("appointmentId", Messages.get(caller.locale(), "reception.notice.notFound")));
        return new StoredNotice(ReceptionNoticeText.TITLE + "-" + notice.getNumber() + ".pdf", notice.getContent());
    }
}
