package org.xinfang.plugins.court.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One application for judicial aid (司法救助) on a court's petition: who asked, why and for how much;
 * the leader's decision — the amount granted and where the money comes from, or the refusal and why;
 * the payment; and the petitioner's receipt. Each step fills its own columns and moves the state on
 * ({@link AidState}); nothing is overwritten once recorded. The version guards two people acting on
 * the same application at once.
 */
@Entity
@Table(name = "court_judicial_aid")
@NamedQuery(name = "JudicialAid.ofCase", query = "SELECT a FROM JudicialAid a WHERE a.caseId = :caseId ORDER BY a.id")
@NamedQuery(name = "JudicialAid.reroot",
        query = "UPDATE JudicialAid a SET a.unitPath = CONCAT(:newPath, SUBSTRING(a.unitPath, :cut)) WHERE a.unitPath LIKE :oldPrefix")
public class JudicialAid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_path", length = 255, nullable = false)
    private String unitPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 16, nullable = false)
    private AidState state;

    @Column(name = "applicant", length = 50, nullable = false)
    private String applicant;

    @Column(name = "reason", length = 1000, nullable = false)
    private String reason;

    @Column(name = "amount_asked", precision = 12, scale = 2, nullable = false)
    private BigDecimal amountAsked;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "recorded_by", length = 100, nullable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 16)
    private AidSource source;

    @Column(name = "amount_granted", precision = 12, scale = 2)
    private BigDecimal amountGranted;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "amount_paid", precision = 12, scale = 2)
    private BigDecimal amountPaid;

    @Column(name = "paid_by", length = 50)
    private String paidBy;

    @Column(name = "payment_note", length = 500)
    private String paymentNote;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "receipt_note", length = 500)
    private String receiptNote;

    @Column(name = "receipt_document_id")
    private Long receiptDocumentId;

    protected JudicialAid() {
        // JPA
    }

    /** An application recorded by the court's staff ({@code recordedBy}) on the case held by the unit. */
    public JudicialAid(long caseId, long unitId, String unitPath, String applicant, String reason, BigDecimal amountAsked,
                       LocalDate appliedOn, String recordedBy) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.state = AidState.APPLIED;
        this.applicant = applicant;
        this.reason = reason;
        this.amountAsked = amountAsked;
        this.appliedOn = appliedOn;
        this.recordedBy = recordedBy;
    }

    /** The leader grants {@code amount} from {@code from}. */
    void approve(AidSource from, BigDecimal amount, LocalDate on, String leader, String note) {
        moveTo(AidState.APPROVED);
        this.source = from;
        this.amountGranted = amount;
        decided(on, leader, note);
    }

    /** The leader refuses, saying why. */
    void refuse(LocalDate on, String leader, String why) {
        moveTo(AidState.REFUSED);
        decided(on, leader, why);
    }

    void pay(LocalDate on, BigDecimal amount, String by, String note) {
        moveTo(AidState.PAID);
        this.paidOn = on;
        this.amountPaid = amount;
        this.paidBy = by;
        this.paymentNote = note;
    }

    /** The petitioner signed for the money; {@code documentId} is the scanned receipt, if one was attached. */
    void acknowledge(LocalDate on, String note, Long documentId) {
        moveTo(AidState.RECEIVED);
        this.receivedOn = on;
        this.receiptNote = note;
        this.receiptDocumentId = documentId;
    }

    private void decided(LocalDate on, String leader, String note) {
        this.decidedOn = on;
        this.decidedBy = leader;
        this.decisionNote = note;
    }

    /** The use cases refuse a wrong step with a message first; reaching here with one is a programming error. */
    private void moveTo(AidState next) {
        if (!state.leadsTo(next)) {
            throw new IllegalStateException("judicial aid " + id + " cannot go from " + state + " to " + next);
        }
        state = next;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public AidState getState() {
        return state;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getReason() {
        return reason;
    }

    public BigDecimal getAmountAsked() {
        return amountAsked;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public AidSource getSource() {
        return source;
    }

    public BigDecimal getAmountGranted() {
        return amountGranted;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public String getPaymentNote() {
        return paymentNote;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getReceiptNote() {
        return receiptNote;
    }

    public Long getReceiptDocumentId() {
        return receiptDocumentId;
    }
}
