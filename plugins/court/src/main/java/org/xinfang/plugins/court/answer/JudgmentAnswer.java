package org.xinfang.plugins.court.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One question put to the court after its judgment and the judge's answer (判后答疑): a party who does
 * not understand a judgment asks, the judge who tried it explains; a matter may hold several.
 */
@Entity
@Table(name = "court_judgment_answer")
public class JudgmentAnswer {

    public static final int LONGEST_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "judge", nullable = false, length = 50)
    private String judge;

    @Column(name = "question", nullable = false, length = LONGEST_TEXT)
    private String question;

    @Column(name = "answer", nullable = false, length = LONGEST_TEXT)
    private String answer;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected JudgmentAnswer() {
    }

    JudgmentAnswer(long caseId, LocalDate answeredOn, String judge, String question, String answer, String recordedBy,
                   LocalDateTime recordedAt) {
        this.caseId = caseId;
        this.answeredOn = answeredOn;
        this.judge = judge;
        this.question = question;
        this.answer = answer;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getJudge() {
        return judge;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
