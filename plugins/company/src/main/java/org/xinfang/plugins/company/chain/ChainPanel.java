package org.xinfang.plugins.company.chain;

import org.xinfang.api.plugin.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.company.CompanyLabels;

/**
 * The chain's editor on a company matter's page, for the company's desk and leaders: the four names,
 * saved together; a refusal is shown at the field it names (or above the form), nothing saved.
 */
@Named
@ViewScoped
public class ChainPanel implements Serializable {

    /** The panel's form on the case page (chain-panel.xhtml). */
    private static final String FORM = "company_chain_form";

    private static final long serialVersionUID = 1L;

    @Inject
    Callers callers;

    @Inject
    ResponsibilityChains chains;

    @Inject
    CompanyLabels labels;

    private Long loadedFor;
    private String firstResponsible;
    private String directResponsible;
    private String specificResponsible;
    private String specificResponsibleSecond;
    private Boolean mayChange;

    /** Whether the signed-in user may change the chain of this matter; loads its names once. */
    public boolean mayChange(Long caseId) {
        if (caseId == null) {
            return false;
        }
        if (!caseId.equals(loadedFor)) {
            loadedFor = caseId;
            mayChange = chains.mayChange(callers.current(), caseId);
            if (mayChange) {
                Chain chain = chains.of(callers.current(), caseId);
                firstResponsible = chain.firstResponsible();
                directResponsible = chain.directResponsible();
                specificResponsible = chain.specificResponsible();
                specificResponsibleSecond = chain.specificResponsibleSecond();
            }
        }
        return mayChange;
    }

    /** Saves the four names; back to the case page on success, so that its view shows them. */
    public String save(Long caseId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            chains.change(callers.current(), caseId,
                    new Chain(firstResponsible, directResponsible, specificResponsible, specificResponsibleSecond));
        } catch (Refusal refused) {
            if (refused.fields().isEmpty()) {
                // Addressed to the panel's form, so that it shows beside the names and not at the page's top.
                faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            } else {
                refused.fields().forEach(f -> faces.addMessage(FORM + ":company_chain_" + f.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
            }
            faces.validationFailed();
            return null;
        }
        // Said once on the page the redirect shows (reloading it sends nothing again).
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, labels.getMsg().getString("company.chain.saved"), null));
        return "/app/cases/view.xhtml?faces-redirect=true&id=" + caseId;
    }

    public String getFirstResponsible() {
        return firstResponsible;
    }

    public void setFirstResponsible(String firstResponsible) {
        this.firstResponsible = firstResponsible;
    }

    public String getDirectResponsible() {
        return directResponsible;
    }

    public void setDirectResponsible(String directResponsible) {
        this.directResponsible = directResponsible;
    }

    public String getSpecificResponsible() {
        return specificResponsible;
    }

    public void setSpecificResponsible(String specificResponsible) {
        this.specificResponsible = specificResponsible;
    }

    public String getSpecificResponsibleSecond() {
        return specificResponsibleSecond;
    }

    public void setSpecificResponsibleSecond(String specificResponsibleSecond) {
        this.specificResponsibleSecond = specificResponsibleSecond;
    }
}
