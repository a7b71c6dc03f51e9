package org.xinfang.core.domain.model.receipt;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.xinfang.core.domain.model.encryption.EncryptedColumn;
import java.time.LocalDateTime;

/**
 * The receipt of an anonymous complaint or report (回执码, ADR 0019): which case a code opens, stored
 * under the code's keyed hash only. At most one per case; a plugin switches receipts on for its cases
 * ({@code AgencyPlugin.issuesReceipts}). It follows the case — the unit that holds it now, whether it is closed —
 * so the reporter's evidence reaches whoever handles the report, and a code stops opening anything a
 * while after the case is closed.
 */
@Entity
@Table(name = "xf_receipt")
@NamedQuery(name = "Receipt.byHash", query = "SELECT r FROM Receipt r WHERE r.codeHash = :hash")
@NamedQuery(name = "Receipt.ofCase", query = "SELECT r FROM Receipt r WHERE r.caseId = :caseId")
@NamedQuery(name = "Receipt.onlineOfCase", query = "SELECT r FROM Receipt r WHERE r.caseId = :caseId AND r.submissionHash IS NOT NULL")
@NamedQuery(name = "Receipt.bySubmissionKey", query = "SELECT r FROM Receipt r WHERE r.submissionKey = :key")
public class Receipt {

    /** How long after its case closed a code still shows the final answer. */
    public static final int DAYS_OPEN_AFTER_CLOSING = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;

    @Column(name = "code_hash", nullable = false, unique = true, length = 64)
    private String codeHash;

    /** The unit holding the case now (kept up to date from the core's CaseMoved events). */
    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    /**
     * The match key of the phone a petitioner gave with a signed matter brought online, which they type
     * with the code to open it; null where the code alone opens (an anonymous matter).
     */
    @Column(name = "phone_key", length = 64)
    private String phoneKey;

    /** For a matter brought online: the keyed hash of the submission, so that sending it again finds this one. */
    @Column(name = "submission_hash", length = 64, unique = true)
    private String submissionHash;

    /** The keyed hash of the client's idempotency key alone, so that the key sent with another submission is refused. */
    @Column(name = "submission_key", length = 64, unique = true)
    private String submissionKey;

    /** Where the petitioner of a matter brought online asked its notices to be mailed; null for none. Encrypted at rest. */
    @Convert(converter = EncryptedColumn.class)
    @Column(name = "email", length = 512)
    private String email;

    /** Whether the petitioner confirmed the phone by a code sent to it (the portal with an SMS gateway). */
    @Column(name = "phone_confirmed", nullable = false)
    private boolean phoneConfirmed;

    /** The day the case reached a final state; null while it is open. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Receipt() {
    }

    public Receipt(long caseId, String codeHash, long unitId, LocalDateTime issuedAt, String issuedBy) {
        this.caseId = caseId;
        this.codeHash = codeHash;
        this.unitId = unitId;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** The receipt of a matter brought online by its petitioner on the portal (ADR 0038). */
    public static Receipt online(long caseId, String codeHash, long unitId, LocalDateTime issuedAt, String issuedBy,
                                 String phoneKey, String submissionHash, String submissionKey, boolean phoneConfirmed, String email) {
        Receipt receipt = new Receipt(caseId, codeHash, unitId, issuedAt, issuedBy);
        receipt.submissionKey = submissionKey;
        receipt.email = email;
        receipt.phoneKey = phoneKey;
        receipt.submissionHash = submissionHash;
        receipt.phoneConfirmed = phoneConfirmed;
        return receipt;
    }

    public String getEmail() {
        return email;
    }

    public boolean isPhoneConfirmed() {
        return phoneConfirmed;
    }

    /** Whether the code opens the case for whoever also typed the phone whose match key is {@code typedPhoneKey}. */
    public boolean opensFor(String typedPhoneKey) {
        return phoneKey == null || phoneKey.equals(typedPhoneKey);
    }

    /** Whether this receipt answered the submission whose keyed hash is {@code hash} (and not another one under its key). */
    public boolean answers(String hash) {
        return hash.equals(submissionHash);
    }

    /** Whether the petitioner brought the matter online (the portal's receipt) rather than a clerk giving the code. */
    public boolean isOnline() {
        return submissionHash != null;
    }

    /** Whether the code still opens the case on {@code today}: while open and for a while after closing. */
    public boolean opensOn(LocalDate today) {
        return closedOn == null || !today.isAfter(closedOn.plusDays(DAYS_OPEN_AFTER_CLOSING));
    }

    /** Whether the reporter may still add evidence: only while the case is open. */
    public boolean takesEvidence() {
        return closedOn == null;
    }

    public void movedTo(long newUnitId) {
        this.unitId = newUnitId;
    }

    public void closedOn(LocalDate day) {
        if (closedOn == null) {
            closedOn = day;
        }
    }

    public void reopened() {
        closedOn = null;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getUnitId() {
        return unitId;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
