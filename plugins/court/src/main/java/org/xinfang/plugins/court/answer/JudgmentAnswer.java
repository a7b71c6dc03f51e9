package org.xinfang.plugins.court.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.plugins.court.kernel.CaseRecord;

/**
 * One question put to the court after its judgment and the judge's answer (判后答疑): a party who does
 * not understand a judgment asks, the judge who tried it explains; a matter may hold several.
 */
@Entity
@Table(name = "court_judgment_answer")
public class JudgmentAnswer extends CaseRecord {

    public static final int LONGEST_TEXT = 2000;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "judge", nullable = false, length = 50)
    private String judge;

    @Column(name = "question", nullable = false, length = LONGEST_TEXT)
    private String question;

    @Column(name = "answer", nullable = false, length = LONGEST_TEXT)
    private String answer;

    protected JudgmentAnswer() {
    }

    JudgmentAnswer(long caseId, LocalDate answeredOn, String judge, String question, String answer, String recordedBy,
                   LocalDateTime recordedAt) {
        super(caseId, recordedBy, recordedAt);
        this.answeredOn = answeredOn;
        this.judge = judge;
        this.question = question;
        this.answer = answer;
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
}
