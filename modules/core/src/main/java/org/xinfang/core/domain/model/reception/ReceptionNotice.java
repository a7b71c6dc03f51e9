package org.xinfang.core.domain.model.reception;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The written reception notice (接访通知书) of a booked appointment, kept as issued: the desk prints
 * what the petitioner was told even if the rule's place or leader changes later. Not a case
 * document, because an appointment has no case yet.
 */
@Entity
@Table(name = "reception_notice")
public class ReceptionNotice {

    @Id
    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "notice_number", nullable = false, length = 40)
    private String number;

    @Lob
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected ReceptionNotice() {
    }

    public ReceptionNotice(Long appointmentId, String number, byte[] content, LocalDateTime issuedAt) {
        this.appointmentId = appointmentId;
        this.number = number;
        this.content = content;
        this.issuedAt = issuedAt;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public String getNumber() {
        return number;
    }

    public byte[] getContent() {
        return content;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
