package org.xinfang.core.application.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.procedure.ClockDeclaration;
import org.xinfang.api.procedure.Condition;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.notice.NoticeFacts;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.procedure.ReviewBodies;
import org.xinfang.core.application.settings.Settings;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.numbering.NumberSeries;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;

/**
 * Issues the written notice a step produces: gathers what it must say, numbers it in the issuing
 * unit's series for the kind and year (朝阳信访受〔2026〕3号), renders the PDF and stores it with the case.
 */
@ApplicationScoped
public class Notices {

    /** The short word of each kind's number series, as offices number their letters. */
    private static final Map<NoticeKind, String> SERIES = Map.of(
            NoticeKind.ACCEPTANCE, "受",
            NoticeKind.DECLINE, "不受",
            NoticeKind.FORWARD, "转",
            NoticeKind.ASSIGNMENT, "交",
            NoticeKind.EXTENSION, "延",
            NoticeKind.DECISION, "处",
            NoticeKind.REVIEW, "复查",
            NoticeKind.RE_REVIEW, "复核");

    @Inject
    private NumberSeries numbers;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private CaseDocuments documents;

    @Inject
    private Settings settings;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private ReviewBodies reviewBodies;

    /**
     * Issues the notice of {@code step}, taken on {@code c}, under the {@code number} taken for it;
     * {@code from} is the unit that took it (and signs), {@code to} where the case is now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDocument issue(Caller caller, Case c, EffectiveProcedure procedure, TransitionDeclaration step, CaseStep taken,
                              StepFacts facts, OrgUnit from, OrgUnit to, Map<String, CaseClock> clocks, LocalDate today,
                              String number) {
        NoticeKind kind = step.notice();
        boolean toBody = kind == NoticeKind.FORWARD || kind == NoticeKind.ASSIGNMENT;
        String petitioner = c.getPetitionerName(); // the pseudonym when sealed
        CaseClock handling = clocks.get(GeneralProcedure.CLOCK_HANDLING);
        LocalDate dueDate = switch (kind) {
            case ASSIGNMENT -> facts.dueDate();
            case ACCEPTANCE, EXTENSION -> handling == null ? null : handling.getDueOn();
            default -> null;
        };
        // The body the next review goes to is the one the engine will move the case to: the same rule.
        boolean opensReview = kind == NoticeKind.DECISION || kind == NoticeKind.REVIEW;
        OrgUnit reviewBody = opensReview ? reviewBodies.above(c.getAgencyType(), from).orElse(null) : null;
        String window = kind == NoticeKind.REVIEW ? GeneralProcedure.CLOCK_RE_REVIEW_WINDOW : GeneralProcedure.CLOCK_REVIEW_WINDOW;
        int windowDays = procedure.clock(window).map(d -> days(procedure, d)).orElse(30);
        // The window's clock has just been started by this step: its due date is the last day to ask.
        CaseClock windowClock = clocks.get(window);
        LocalDate reviewDueOn = opensReview && reviewBody != null && windowClock != null ? windowClock.getDueOn() : null;
        // A notice is stored with the case and opened by everyone who sees it: a sealed reporter is
        // named by their pseudonym, and the texts typed by people are redacted the same way.
        NoticeFacts notice = new NoticeFacts(kind, number, today, from.getName(), from.getSealText(),
                toBody ? to.getName() : (petitioner.isBlank() ? null : petitioner),
                c.getNumber(), disclosure.redact(c, c.getSubject()), disclosure.redact(c, c.getContent()), c.getReceivedOn(),
                disclosure.redact(c, facts.reason()), facts.outcome(),
                facts.legalRoute(), toBody ? to.getName() : null, dueDate, facts.extensionDays(),
                c.getRepeatOf() != null && step.conditions().contains(Condition.repeatOfConcluded()) ? c.getRepeatOf().getNumber() : null,
                reviewBody == null ? null : reviewBody.getName(), windowDays, reviewDueOn);
        byte[] pdf = renderer.render(notice);
        String title = kind.label().zh();
        return documents.store(c, DocumentKind.NOTICE, kind, number, title, title + "-" + number + ".pdf",
                "application/pdf", pdf, taken.getId(), caller.username());
    }

    private int days(EffectiveProcedure procedure, ClockDeclaration clock) {
        return settings.number(procedure.settingKey(clock), clock.days());
    }

    /** The next number of {@code kind} in the unit's series for the year, under the series' lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String number(OrgUnit unit, int year, NoticeKind kind) {
        return number(unit, year, kind.name(), SERIES.get(kind));
    }

    /**
     * The next number in the unit's series {@code seriesKey} for the year, written with the series'
     * short name as every written document of the unit is: 青纪拟办〔2026〕3号.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String number(OrgUnit unit, int year, String seriesKey, String seriesName) {
        int seq = numbers.next(unit, year, seriesKey);
        return String.format("%s%s〔%d〕%d号", unit.getShortName(), seriesName, year, seq);
    }
}
