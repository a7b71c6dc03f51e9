package org.xinfang.core.domain.model.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * One order of the escalation ladder about one case: given by a unit to the unit holding the case,
 * due by a date, answered in writing by the target and closed only by the unit that gave it.
 */
@Entity
@Table(name = "supervision_order")
public class SupervisionOrder {

    public static final int LONGEST_REASON = 2000;
    public static final int LONGEST_ANSWER = 4000;
    public static final int LONGEST_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_kind", nullable = false, length = 16)
    private OrderKind kind;

    /** The clock whose lapse an urging is about; null for an order a person gave. */
    @Column(name = "clock_name", length = 48)
    private String clockName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "issuing_unit_id", nullable = false)
    private OrgUnit issuingUnit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "target_unit_id", nullable = false)
    private OrgUnit targetUnit;

    @Column(name = "order_number", length = 64)
    private String number;

    @Column(name = "reason", nullable = false, length = LONGEST_REASON)
    private String reason;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "order_status", nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "answer", length = LONGEST_ANSWER)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "closing_note", length = LONGEST_NOTE)
    private String closingNote;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    /** The 督办函 stored with the case. */
    @Column(name = "document_id")
    private Long documentId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SupervisionOrder() {
    }

    public SupervisionOrder(Long caseId, OrderKind kind, String clockName, OrgUnit issuingUnit, OrgUnit targetUnit, String reason,
                            LocalDate dueOn, String issuedBy, LocalDateTime issuedAt) {
        this.caseId = caseId;
        this.kind = kind;
        this.clockName = clockName;
        this.issuingUnit = issuingUnit;
        this.targetUnit = targetUnit;
        this.reason = reason;
        this.dueOn = dueOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.status = OrderStatus.OPEN;
    }

    /** Its letter: the number in the issuing unit's series and the stored PDF. */
    public void documented(String orderNumber, Long document) {
        this.number = orderNumber;
        this.documentId = document;
    }

    /** The target's written answer; a second answer before closure replaces the first. */
    public void answer(String text, String by, LocalDateTime at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = OrderStatus.ANSWERED;
    }

    public void close(String note, String by, LocalDateTime at) {
        this.closingNote = note;
        this.closedBy = by;
        this.closedAt = at;
        this.status = OrderStatus.CLOSED;
    }

    /** Not closed and past its due date without a written answer. */
    public boolean isOverdueOn(LocalDate today) {
        return status == OrderStatus.OPEN && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public String getClockName() {
        return clockName;
    }

    public OrgUnit getIssuingUnit() {
        return issuingUnit;
    }

    public OrgUnit getTargetUnit() {
        return targetUnit;
    }

    public String getNumber() {
        return number;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getClosingNote() {
        return closingNote;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getVersion() {
        return version;
    }
}
