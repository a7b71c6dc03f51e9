package org.xinfang.plugins.court.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.plugins.court.CourtPlugin;
import org.xinfang.plugins.court.kernel.Checks;
import org.xinfang.plugins.court.kernel.CourtAuditAction;
import org.xinfang.plugins.court.kernel.CourtCases;

/**
 * The post-judgment Q&A of a matter (判后答疑): read by whoever sees the matter, recorded by the
 * court's judges, reception and leaders over the unit that holds it.
 */
@ApplicationScoped
public class JudgmentAnswers {

    /** What a Q&A row needs: the day it was answered, the judge, the question and the answer. */
    public record Request(LocalDate answeredOn, String judge, String question, String answer) {
    }

    static final String[] WORKERS = {CourtPlugin.ROLE_JUDGE, CourtPlugin.ROLE_RECEPTION, CourtPlugin.ROLE_LEADER};

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Inject
    CourtCases courtCases;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<JudgmentAnswer> of(Caller caller, long caseId) {
        CaseFacts c = courtCases.read(caller, caseId);
        return em.createQuery("SELECT a FROM JudgmentAnswer a WHERE a.caseId = :c ORDER BY a.answeredOn, a.id", JudgmentAnswer.class)
                .setParameter("c", c.id()).getResultList();
    }

    /** Whether the caller may record Q&A on the matter (the page shows its form then). */
    @Transactional
    public boolean mayRecord(Caller caller, long caseId) {
        return courtCases.mayWork(caller, courtCases.read(caller, caseId), WORKERS);
    }

    @Transactional
    public JudgmentAnswer record(Caller caller, long caseId, Request in) {
        CaseFacts c = courtCases.get(caller, caseId);
        courtCases.requireWork(caller, c, "court.answer.forbidden", WORKERS);
        Checks checks = new Checks(caller.locale());
        LocalDate on = checks.present("answeredOn", in.answeredOn());
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            checks.problem("answeredOn", "court.input.future");
        } else if (on != null && c.receivedOn() != null && on.isBefore(c.receivedOn())) {
            checks.problem("answeredOn", "court.answer.beforeReceived", on, c.receivedOn());
        }
        String judge = checks.required("judge", in.judge(), 50);
        String question = checks.required("question", in.question(), JudgmentAnswer.LONGEST_TEXT);
        String answer = checks.required("answer", in.answer(), JudgmentAnswer.LONGEST_TEXT);
        checks.refuseIfAny();
        JudgmentAnswer row = new JudgmentAnswer(c.id(), on, judge,
                courtCases.protect(caller, c, question, JudgmentAnswer.LONGEST_TEXT),
                courtCases.protect(caller, c, answer, JudgmentAnswer.LONGEST_TEXT), caller.username(), LocalDateTime.now(clock));
        em.persist(row);
        audit.record(caller, CourtAuditAction.COURT_JUDGMENT_ANSWER_RECORDED, "Case", c.id(), c.unitId(), on + " " + judge);
        return row;
    }
}
