package org.xinfang.web.interfaces.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * One case: its facts, parties (identity and phone numbers masked), the agency's form and the audit
 * history. A case that does not exist and a case outside the caller's units look the same: not found.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private AuditLog audit;

    @Inject
    private WebCaller webCaller;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private ProcedurePanel procedurePanel;

    /** The id as the link gave it; anything that is not a number is simply not found. */
    private String id;
    // Entities are not Serializable; the view state stays on this server (see RegisterCase).
    private CaseDetails details;
    private List<AuditEvent> history = List.of();

    public void load() {
        try {
            details = cases.get(webCaller.get(), Long.valueOf(id == null ? "" : id.trim()));
            history = audit.history("Case", details.caseFile().getId());
            procedurePanel.show(details.caseFile());
        } catch (NumberFormatException | CaseNotFoundException notVisible) {
            details = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isFound() {
        return details != null;
    }

    public Case getCaseFile() {
        return details == null ? null : details.caseFile();
    }

    /** The earlier case this one repeats, only when the caller may see it (never a hint that one exists elsewhere). */
    public Case getRepeatOf() {
        return details == null ? null : details.caseFile().repeatOfSeenBy(webCaller.get().visibility());
    }

    public CaseFormData getForm() {
        return details == null ? null : details.form();
    }

    /** The plugin's read-only fragment for this case's form, or null when the case has none. */
    public String getFormView() {
        if (details == null || details.form() == null) {
            return null;
        }
        return plugins.find(details.caseFile().getAgencyType()).map(p -> p.caseForm().view()).orElse(null);
    }

    public List<AuditEvent> getHistory() {
        return history;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
