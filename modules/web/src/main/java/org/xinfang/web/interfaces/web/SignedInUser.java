package org.xinfang.web.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.domain.model.unit.OrgUnit;

/** Who is signed in, as the top bar shows it, and signing out. */
@Named
@RequestScoped
public class SignedInUser {

    @Inject
    private WebCaller caller;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private Labels labels;

    private String unitNames;

    public String getDisplayName() {
        return caller.get().displayName();
    }

    /** The units the user holds roles in, most users have one. */
    public String getUnitNames() {
        if (unitNames == null) {
            unitNames = labels.join(callerUnits.granted(caller.get()).stream().map(OrgUnit::getName).toList());
        }
        return unitNames;
    }

    /** Ends the session (and with it the sign-in) and shows the login page. */
    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true";
    }
}
