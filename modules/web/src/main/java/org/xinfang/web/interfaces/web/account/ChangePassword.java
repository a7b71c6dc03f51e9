package org.xinfang.web.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.xinfang.core.application.access.Accounts;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.web.interfaces.security.PasswordChangeGate;
import org.xinfang.web.interfaces.security.SignedInAccountGate;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 修改密码: the signed-in user replaces their password — by choice, or because an administrator gave
 * them a first or reset one, in which case this is the only page open until they do.
 */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    Accounts accounts;

    @Inject
    WebCaller webCaller;

    @Inject
    UiMessages messages;

    private String currentPassword;

    private String newPassword;

    private String repeated;

    /** Whether the user must change the password before anything else (the page says why). */
    public boolean isRequired() {
        return accounts.mustChangePassword(webCaller.get().username());
    }

    /** Changes the password and goes on to the case list; a refusal names the field at fault. */
    public String change() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.error("password:repeated", messages.text("account.password.mismatch"));
            return null;
        }
        try {
            accounts.changeOwnPassword(webCaller.get(), currentPassword, newPassword);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error("password:" + p.field(), p.message()));
            return null;
        } catch (NotPermittedException e) {
            messages.error(null, e.getMessage());
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        PasswordChangeGate.passed(request);
        SignedInAccountGate.passwordChosen(request);
        messages.infoAfterRedirect(messages.text("account.password.changed"));
        return "/app/cases/list?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
