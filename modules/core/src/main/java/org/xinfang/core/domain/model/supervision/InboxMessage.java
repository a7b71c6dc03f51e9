package org.xinfang.core.domain.model.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message in one user's in-app inbox: a reminder, an order, a report-back; read or not. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    public static final int LONGEST_TITLE = 200;
    public static final int LONGEST_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "message_kind", nullable = false, length = 24)
    private ReminderKind kind;

    @Column(name = "title", nullable = false, length = LONGEST_TITLE)
    private String title;

    @Column(name = "body", nullable = false, length = LONGEST_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected InboxMessage() {
    }

    public InboxMessage(String username, Long caseId, ReminderKind kind, String title, String body, LocalDateTime createdAt) {
        this.username = username;
        this.caseId = caseId;
        this.kind = kind;
        this.title = cut(title, LONGEST_TITLE);
        this.body = cut(body, LONGEST_BODY);
        this.createdAt = createdAt;
    }

    private static String cut(String s, int longest) {
        return s.length() <= longest ? s : s.substring(0, longest - 1) + "…";
    }

    public void read(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Long getCaseId() {
        return caseId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
