package org.xinfang.plugins.personnel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.personnel.firstreceiver.FirstReceivers;
import org.xinfang.api.plugin.Refusal;

/**
 * The first receiver on a personnel matter's page (first-receiver-panel.xhtml): who answers for it, and
 * — while the matter is only registered — the choice of the colleague who really received it.
 */
@Named("personnelFirstReceiver")
@ViewScoped
public class FirstReceiverPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "personnel_first_form";

    @Inject
    private transient Callers callers;

    @Inject
    private transient FirstReceivers firstReceivers;

    private Long loadedFor;
    private transient FirstReceivers.View view;
    private String chosen;

    /** The matter's first receiver, or null when none was recorded (registered before first receivers were). */
    public FirstReceivers.View of(Long caseId) {
        if (caseId != null && (view == null || !caseId.equals(loadedFor))) {
            loadedFor = caseId;
            try {
                view = firstReceivers.of(callers.current(), caseId);
                chosen = view.username();
            } catch (Refusal notRecorded) {
                view = null;
            }
        }
        return view;
    }

    /** The bureau's people to choose from. */
    public List<SelectItem> colleagues(Long caseId) {
        return firstReceivers.colleagues(callers.current(), caseId).stream()
                .map(m -> new SelectItem(m.username(), m.displayName() + "（" + m.username() + "）")).toList();
    }

    /** Names the chosen colleague; back to the case page on success, so that it shows them. */
    public String name(Long caseId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            view = firstReceivers.name(callers.current(), caseId, chosen);
        } catch (Refusal refused) {
            faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            return null;
        }
        return "/app/cases/view.xhtml?faces-redirect=true&id=" + caseId;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }
}
