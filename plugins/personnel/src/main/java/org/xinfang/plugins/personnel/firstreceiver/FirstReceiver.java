package org.xinfang.plugins.personnel.firstreceiver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * 首问负责: the member of the bureau who first received a matter — at the window, on the telephone,
 * by a letter handed in — and who stays answerable for it wherever it goes. Recorded when the matter is
 * registered (the registering clerk, unless they name the colleague who received it); never empty.
 */
@Entity
@Table(name = "personnel_first_receiver")
public class FirstReceiver {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected FirstReceiver() {
    }

    public FirstReceiver(long caseId, String username, String displayName, String recordedBy, LocalDateTime recordedAt) {
        this.caseId = caseId;
        name(username, displayName, recordedBy, recordedAt);
    }

    /** The colleague who really received the matter, named by whoever registered it. */
    void name(String newUsername, String newDisplayName, String by, LocalDateTime at) {
        this.username = newUsername;
        this.displayName = newDisplayName;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
