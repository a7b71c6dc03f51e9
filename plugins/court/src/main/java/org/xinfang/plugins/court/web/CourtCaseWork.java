package org.xinfang.plugins.court.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.court.answer.JudgmentAnswer;
import org.xinfang.plugins.court.answer.JudgmentAnswers;
import org.xinfang.plugins.court.hearing.ReviewHearing;
import org.xinfang.plugins.court.hearing.ReviewHearings;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.kernel.Texts;
import org.xinfang.plugins.court.lawsuit.Lawsuits;
import org.xinfang.plugins.court.reception.DivisionLeader;
import org.xinfang.plugins.court.reception.PresidentReception;
import org.xinfang.plugins.court.reception.ReceptionDay;

/**
 * The court's work on a matter's page (case-work.xhtml, under the registration fields): the other
 * matters of its lawsuit, its reception-day records, its post-judgment Q&A and its review hearings,
 * each with the form that adds to it for those who may. Loaded once per matter; a refusal is shown
 * above the form that was sent, nothing saved.
 */
@Named
@ViewScoped
public class CourtCaseWork implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Callers callers;

    @Inject
    ReceptionDay receptionDay;

    @Inject
    JudgmentAnswers answers;

    @Inject
    ReviewHearings hearings;

    @Inject
    Lawsuits lawsuits;

    private Long caseId;
    private List<Lawsuits.Matter> lawsuit = List.of();
    private List<PresidentReception> receptions = List.of();
    private List<JudgmentAnswer> answerRows = List.of();
    private List<ReviewHearing> hearingRows = List.of();
    private boolean mayRecordReception;
    private boolean mayRecordAnswer;
    private boolean mayWorkHearings;
    private boolean inHearing;

    private LocalDate heldOn;
    private String vicePresident;
    private String presidingJudge;
    private String divisionHead;
    private String statement;
    private String decision;

    private LocalDate answeredOn;
    private String judge;
    private String question;
    private String answer;

    private LocalDateTime startsAt;
    private String place;
    private String presiding;
    private String participants;

    private String petitionerStatement;
    private String courtStatement;
    private String conclusion;

    /** Loads the matter's court work once per view; true when there is a matter to show it for. */
    public boolean load(Long id) {
        if (id == null) {
            return false;
        }
        if (!id.equals(caseId)) {
            caseId = id;
            refresh();
            Caller caller = callers.current();
            // The forms start from what the matter says: the last reception day, the division's vice-president, its judge.
            heldOn = receptionDay.last();
            vicePresident = receptionDay.leaderOf(caller, id).map(DivisionLeader::getVicePresidentName).orElse(null);
            presidingJudge = receptionDay.presidingJudgeOf(caller, id);
            judge = presidingJudge;
            answeredOn = receptionDay.today();
        }
        return true;
    }

    private void refresh() {
        Caller caller = callers.current();
        lawsuit = lawsuits.othersOf(caller, caseId);
        receptions = receptionDay.of(caller, caseId);
        answerRows = answers.of(caller, caseId);
        hearingRows = hearings.of(caller, caseId);
        mayRecordReception = receptionDay.mayRecord(caller, caseId);
        mayRecordAnswer = answers.mayRecord(caller, caseId);
        mayWorkHearings = hearings.mayWork(caller, caseId);
        inHearing = hearings.inHearing(caller, caseId);
    }

    public void recordReception() {
        attempt("court_reception_form", "court.reception.recorded", () -> {
            receptionDay.record(callers.current(), caseId,
                    new ReceptionDay.Request(heldOn, vicePresident, presidingJudge, divisionHead, statement, decision));
            statement = null;
            decision = null;
        });
    }

    public void recordAnswer() {
        attempt("court_answer_form", "court.answer.recorded", () -> {
            answers.record(callers.current(), caseId, new JudgmentAnswers.Request(answeredOn, judge, question, answer));
            question = null;
            answer = null;
        });
    }

    public void scheduleHearing() {
        attempt("court_hearing_form", "court.hearing.scheduled", () -> {
            hearings.schedule(callers.current(), caseId, new ReviewHearings.Schedule(startsAt, place, presiding, participants));
            startsAt = null;
        });
    }

    public void recordHearing(long hearingId) {
        attempt("court_hearing_record_form", "court.hearing.recorded", () -> {
            hearings.record(callers.current(), caseId, hearingId,
                    new ReviewHearings.Minutes(petitionerStatement, courtStatement, conclusion));
            petitionerStatement = null;
            courtStatement = null;
            conclusion = null;
        });
    }

    /** Runs a change; on success says so and reloads the lists, on refusal shows each problem at the form. */
    private void attempt(String form, String doneKey, Runnable change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
        } catch (Refusal refused) {
            if (refused.fields().isEmpty()) {
                faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            } else {
                refused.fields().forEach(f -> faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
            }
            faces.validationFailed();
            return;
        }
        faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(callers.current().locale(), doneKey), null));
        refresh();
    }

    /** The hearing still to be recorded, if any. */
    public ReviewHearing getPendingHearing() {
        return hearingRows.stream().filter(h -> !h.isHeld()).findFirst().orElse(null);
    }

    public List<Lawsuits.Matter> getLawsuit() {
        return lawsuit;
    }

    public List<PresidentReception> getReceptions() {
        return receptions;
    }

    public List<JudgmentAnswer> getAnswerRows() {
        return answerRows;
    }

    public List<ReviewHearing> getHearingRows() {
        return hearingRows;
    }

    public boolean isMayRecordReception() {
        return mayRecordReception;
    }

    public boolean isMayRecordAnswer() {
        return mayRecordAnswer;
    }

    public boolean isMayWorkHearings() {
        return mayWorkHearings;
    }

    public boolean isInHearing() {
        return inHearing;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVicePresident() {
        return vicePresident;
    }

    public void setVicePresident(String vicePresident) {
        this.vicePresident = vicePresident;
    }

    public String getPresidingJudge() {
        return presidingJudge;
    }

    public void setPresidingJudge(String presidingJudge) {
        this.presidingJudge = presidingJudge;
    }

    public String getDivisionHead() {
        return divisionHead;
    }

    public void setDivisionHead(String divisionHead) {
        this.divisionHead = divisionHead;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getJudge() {
        return judge;
    }

    public void setJudge(String judge) {
        this.judge = judge;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPresiding() {
        return presiding;
    }

    public void setPresiding(String presiding) {
        this.presiding = presiding;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getPetitionerStatement() {
        return petitionerStatement;
    }

    public void setPetitionerStatement(String petitionerStatement) {
        this.petitionerStatement = petitionerStatement;
    }

    public String getCourtStatement() {
        return courtStatement;
    }

    public void setCourtStatement(String courtStatement) {
        this.courtStatement = courtStatement;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }
}
