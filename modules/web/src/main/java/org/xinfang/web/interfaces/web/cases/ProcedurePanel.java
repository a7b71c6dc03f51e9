package org.xinfang.web.interfaces.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.Rating;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.StepInput;
import org.xinfang.api.procedure.TransitionDeclaration;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.ClockReading;
import java.util.stream.Collectors;
import org.xinfang.core.domain.model.procedure.ClockStatus;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.ProcedureEngine.StepOption;
import org.xinfang.core.application.procedure.ProcedureEngine.StepTaken;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseStep;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.identity.IdentityDisclosure.TrailEntry;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.procedure.StepAuditDetail;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The procedure part of the case page: the diagram with the current state, the clocks with due dates
 * and days left, the steps the user may take (a dialog asks for what each needs) and the history as a
 * timeline. Every step goes through the {@link ProcedureEngine}, as over the API.
 */
@Named
@ViewScoped
public class ProcedurePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private OrgUnitRepository units;


    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private Labels labels;

    // Entities are not Serializable; the view state stays on this server (see RegisterCase).
    private Case caseFile;
    private long version;
    private List<StepOption> options = List.of();
    private List<ClockReading> clocks = List.of();
    private List<CaseStep> history = List.of();
    private final Map<Long, String> unitNames = new HashMap<>();

    /** The step chosen for the dialog, and what the user typed into it. */
    private String chosen;
    private String reason;
    private Long targetUnitId;
    private LocalDate dueDate;
    private Outcome outcome;
    private LegalRoute legalRoute;
    private Integer extensionDays;
    private Rating rating;
    /** The units the chosen step may be sent to, worked out once as the dialog opens. */
    private List<SelectItem> targetUnits = List.of();

    /** Reads the case's procedure; called by the case page once the case is loaded. */
    public void show(Case c) {
        caseFile = c;
        version = c.getVersion();
        options = engine.options(webCaller.get(), c);
        clocks = engine.clocks(c);
        history = engine.history(c);
    }

    /** Opens the dialog for {@code transition}, with empty inputs. */
    public void choose(String transition) {
        chosen = transition;
        reason = null;
        targetUnitId = null;
        dueDate = null;
        outcome = null;
        legalRoute = null;
        extensionDays = null;
        rating = null;
        targetUnits = caseFile == null ? List.of() : labels.unitChoices(engine.targets(caseFile, transition));
    }

    /** Takes the chosen step. On success the page reloads (the case may have moved out of view); on refusal the dialog says why. */
    public String take() {
        try {
            StepTaken taken = engine.take(webCaller.get(), caseFile.getId(), version, chosen,
                    new StepFacts(reason, targetUnitId, dueDate, outcome, legalRoute,
                            extensionDays, rating));
            String label = getChosenLabel();
            String text = taken.notice() == null
                    ? messages.text("step.taken", label)
                    : messages.text("step.takenWithNotice", label, taken.notice().getTitle(), taken.notice().getNumber());
            messages.infoAfterRedirect(text);
            return "/app/cases/view?faces-redirect=true&id=" + caseFile.getId();
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldProblem p : e.problems()) {
                messages.error(fieldClientId(p.field()), p.message());
            }
        } catch (IllegalTransitionException | NotPermittedException | EditConflictException e) {
            messages.error("stepForm:stepMessages", e.getMessage());
        } catch (CaseNotFoundException e) {
            messages.error("stepForm:stepMessages", messages.text("view.notFound.title"));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private String fieldClientId(String field) {
        return switch (field) {
            case "reason", "targetUnitId", "dueDate", "outcome", "legalRoute", "extensionDays", "rating" -> "stepForm:" + field;
            default -> "stepForm:stepMessages";
        };
    }

    public String getDiagram() {
        if (caseFile == null) {
            return "";
        }
        Set<String> visited = new HashSet<>();
        history.forEach(s -> {
            visited.add(s.getFromState());
            visited.add(s.getToState());
        });
        return ProcedureDiagram.svg(procedure(), caseFile.getStatus(), visited, localeSwitch.getLocale());
    }

    private EffectiveProcedure procedure() {
        return procedures.of(caseFile.getAgencyType());
    }

    public String getProcedureName() {
        return caseFile == null ? "" : procedure().name().in(localeSwitch.getLocale());
    }

    public List<StepOption> getOptions() {
        return options;
    }

    public List<ClockReading> getClocks() {
        return clocks;
    }

    /**
     * The years of the running clocks' due dates whose holidays are not loaded (the dates count bare
     * weekends there and may be wrong), joined for the notice; empty when all are known.
     */
    public String getUnknownYears() {
        return clocks.stream().filter(k -> k.status() != ClockStatus.STOPPED && !k.calendarKnown())
                .map(k -> Integer.toString(k.dueOn().getYear())).distinct().sorted().collect(Collectors.joining("、"));
    }

    /** The history, newest first, as the timeline shows it. */
    public List<CaseStep> getTimeline() {
        List<CaseStep> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** A step's reason as everyone may read it: the case's sealed identities by their pseudonyms. */
    public String reasonOf(CaseStep step) {
        return disclosure.redact(caseFile, step.getReason());
    }

    private String stateLabel(String state) {
        return procedure().state(state).map(s -> s.label().in(localeSwitch.getLocale())).orElse(state);
    }

    /**
     * A step in words, as the history tells it: {@code 受理：已登记 → 已受理（青州市信访局 → 临淄区信访局）};
     * registration, which starts in the state it makes, names only that state.
     */
    public String stepInWords(CaseStep step) {
        return inWords(step.getTransition(), step.getFromState(), step.getToState(),
                step.movedUnit() ? step.getFromUnitId() : null, step.getToUnitId());
    }

    private String inWords(String transition, String from, String to, Long fromUnit, Long toUnit) {
        String label = procedures.stepLabel(caseFile.getAgencyType(), transition).in(localeSwitch.getLocale());
        String words = from == null || from.equals(to) ? messages.text("procedure.history.stepTo", label, stateLabel(to))
                : messages.text("procedure.history.step", label, stateLabel(from), stateLabel(to));
        return fromUnit == null ? words : words + messages.text("procedure.history.moved", unitName(fromUnit), unitName(toUnit));
    }

    /**
     * An audit event of the case in words: a step by its label and its states' names, a document by
     * its number and title. The log keeps the keys and the checksum; a person reads neither.
     */
    public String describe(TrailEntry event) {
        if (CoreAuditAction.CASE_STEP.name().equals(event.action())) {
            return StepAuditDetail.parse(event.detail())
                    .map(d -> inWords(d.transition(), d.from(), d.to(), d.fromUnit(), d.toUnit()) + (d.reason() == null ? "" : " " + d.reason()))
                    .orElse(event.detail());
        }
        if (CoreAuditAction.NOTICE_ISSUED.name().equals(event.action()) || CoreAuditAction.ATTACHMENT_ADDED.name().equals(event.action())) {
            return CaseDocuments.withoutChecksum(event.detail());
        }
        return event.detail();
    }

    /** The notice a step issued, by the kind its transition declares: shown when the page offers no documents. */
    public String noticeKindOf(CaseStep step) {
        return procedure().transition(step.getTransition()).filter(t -> t.notice() != null)
                .map(t -> t.notice().label().in(localeSwitch.getLocale())).orElse(null);
    }

    private String unitName(Long unitId) {
        return unitNames.computeIfAbsent(unitId, id -> units.find(id).map(OrgUnit::getName).orElse(String.valueOf(id)));
    }

    private TransitionDeclaration chosenTransition() {
        return chosen == null ? null : procedure().transition(chosen).orElse(null);
    }

    public String getChosenLabel() {
        TransitionDeclaration t = chosenTransition();
        return t == null ? "" : t.label().in(localeSwitch.getLocale());
    }

    /** Whether the chosen step asks for {@code input} (REASON, TARGET_UNIT, …), so the dialog shows that field. */
    public boolean asks(String input) {
        TransitionDeclaration t = chosenTransition();
        return t != null && t.requires(StepInput.valueOf(input));
    }

    public String getChosenNotice() {
        TransitionDeclaration t = chosenTransition();
        return t == null || t.notice() == null ? null : t.notice().label().in(localeSwitch.getLocale());
    }

    public int getMaxExtensionDays() {
        return options.stream().filter(o -> o.transition().name().equals(chosen)).mapToInt(StepOption::maxExtensionDays).findFirst().orElse(0);
    }

    /** Every other unit, in tree order and indented, for 转送/交办. */
    public List<SelectItem> getTargetUnits() {
        return targetUnits;
    }

    public String getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getTargetUnitId() {
        return targetUnitId;
    }

    public void setTargetUnitId(Long targetUnitId) {
        this.targetUnitId = targetUnitId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }
}
