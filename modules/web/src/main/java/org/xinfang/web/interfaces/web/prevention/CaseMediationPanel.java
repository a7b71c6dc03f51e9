package org.xinfang.web.interfaces.web.prevention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.prevention.MediationInput;
import org.xinfang.core.application.prevention.MediationOutcome;
import org.xinfang.core.application.prevention.Mediations;
import org.xinfang.core.domain.model.prevention.MediationKind;
import org.xinfang.core.domain.model.prevention.MediationResult;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The mediation panel of the case page (访调对接): the case's mediations with their outcomes, the form
 * to refer it to mediation and, while one is open, the form to record its outcome. The page hands the
 * case's id in ({@code <ui:param name="caseId">}); the service checks everything again.
 */
@Named("caseMediation")
@ViewScoped
public class CaseMediationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Mediations mediations;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private Long caseId;
    private transient List<Mediations.MediationView> rows;
    private Boolean mayRefer;

    private MediationKind kind = MediationKind.PEOPLE;
    private String mediator;
    private String matter;
    private MediationResult result;
    private String agreement;
    private LocalDate concludedOn;

    public List<Mediations.MediationView> getRows() {
        if (rows == null) {
            try {
                rows = caseId == null ? List.of() : mediations.of(webCaller.get(), caseId);
            } catch (CaseNotFoundException notVisible) {
                rows = List.of();
            }
        }
        return rows;
    }

    public boolean isMayRefer() {
        if (mayRefer == null) {
            mayRefer = caseId != null && mediations.mayRefer(webCaller.get(), caseId);
        }
        return mayRefer;
    }

    /** Whether an open mediation awaits its outcome and the user may record it. */
    public boolean isMayConclude() {
        return getRows().stream().anyMatch(Mediations.MediationView::mayConclude);
    }

    public void refer() {
        try {
            var m = mediations.refer(webCaller.get(), caseId, new MediationInput(kind, mediator, matter));
            messages.info(null, messages.text(m.getPausedClockIds().isEmpty() ? "mediation.referred" : "mediation.referredPaused",
                    m.getKind().label().in(webCaller.get().locale()), m.getPausedClockIds().size()));
            mediator = null;
            matter = null;
            reload();
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | CaseNotFoundException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    public void conclude() {
        try {
            var m = mediations.conclude(webCaller.get(), caseId, new MediationOutcome(result, agreement, concludedOn));
            messages.info(null, messages.text("mediation.concluded", m.getResult().label().in(webCaller.get().locale())));
            result = null;
            agreement = null;
            concludedOn = null;
            reload();
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | CaseNotFoundException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    private void reload() {
        rows = null;
        mayRefer = null;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        if (caseId != null && !caseId.equals(this.caseId)) {
            this.caseId = caseId;
            reload();
        }
    }

    public MediationKind getKind() {
        return kind;
    }

    public void setKind(MediationKind kind) {
        this.kind = kind;
    }

    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public MediationResult getResult() {
        return result;
    }

    public void setResult(MediationResult result) {
        this.result = result;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }

    public LocalDate getConcludedOn() {
        return concludedOn == null ? LocalDate.now(Clocks.statutoryClock()) : concludedOn;
    }

    public void setConcludedOn(LocalDate concludedOn) {
        this.concludedOn = concludedOn;
    }
}
