package org.xinfang.plugins.personnel.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The bureau's own part of a quarter's analysis: its notes, editable until the analysis is issued, and
 * once issued its number, day and the text issued (the figures as they stood that day), which the PDF
 * of an issued analysis repeats.
 */
@Entity
@Table(name = "personnel_quarter_report")
public class QuarterReport {

    /** The longest notes the bureau writes for a quarter. */
    public static final int LONGEST_NOTES = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "quarter_no", nullable = false)
    private int quarter;

    @Column(name = "notes", length = LONGEST_NOTES)
    private String notes;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "issued_number", length = 64)
    private String issuedNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "issued_body", length = 4000)
    private String issuedBody;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected QuarterReport() {
    }

    public QuarterReport(long unitId, Quarter q, String by, LocalDateTime at) {
        this.unitId = unitId;
        this.year = q.year();
        this.quarter = q.number();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void write(String newNotes, String by, LocalDateTime at) {
        this.notes = newNotes;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void issue(String number, LocalDate on, String by, String body) {
        this.issuedNumber = number;
        this.issuedOn = on;
        this.issuedBy = by;
        this.issuedBody = body;
    }

    public boolean isIssued() {
        return issuedNumber != null;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getNotes() {
        return notes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getIssuedNumber() {
        return issuedNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public String getIssuedBody() {
        return issuedBody;
    }
}
