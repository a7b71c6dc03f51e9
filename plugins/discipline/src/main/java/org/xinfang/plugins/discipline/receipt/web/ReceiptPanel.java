package org.xinfang.plugins.discipline.receipt.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.xinfang.api.port.Callers;
import org.xinfang.plugins.discipline.kernel.Refusal;
import org.xinfang.plugins.discipline.kernel.Texts;
import org.xinfang.plugins.discipline.receipt.Receipts;

/**
 * The receipt panel on a discipline report's page: for an anonymous report, the clerk creates the
 * code and sees it this once, with a slip to print; whoever works on the report answers the reporter
 * in writing and sees the evidence the reporter added. The code lives only in this view: reload the
 * page and it is gone.
 */
@Named
@ViewScoped
public class ReceiptPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private Callers callers;

    @Inject
    private Receipts receipts;

    private transient Receipts.StaffView view;
    private Long viewOf;
    private Receipts.Issued issued;
    private String answerText;

    /** {@code #{receiptPanel.of(form.caseId)}}: the receipt side of the case, read once per view and again after a change. */
    public Receipts.StaffView of(Long caseId) {
        if (view == null || !caseId.equals(viewOf)) {
            view = receipts.staffView(callers.current(), caseId);
            viewOf = caseId;
        }
        return view;
    }

    public void issue(Long caseId) {
        try {
            issued = receipts.issue(callers.current(), caseId);
            view = null;
        } catch (Refusal refused) {
            error(refused.getMessage());
        }
    }

    public void answer(Long caseId) {
        // The code was shown on the answer to creating it; the next action on the page ends that.
        issued = null;
        try {
            String number = receipts.answer(callers.current(), caseId, answerText).getDocumentLabel();
            answerText = null;
            view = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get(locale(), "discipline.receipt.panel.answered", number), null));
        } catch (Refusal refused) {
            error(refused.getMessage());
        }
    }

    /** The code just created, or null: it is never read back from anywhere. */
    public Receipts.Issued getIssued() {
        return issued;
    }

    public String issuedAt(LocalDateTime at) {
        return at == null ? "" : Texts.get(locale(), "discipline.receipt.panel.issuedAt", MINUTE.format(at));
    }

    /** The slip's instructions, naming the public page's full address. */
    public String howTo() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String address = external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + ReceiptResource.PUBLIC_PAGE;
        return Texts.get(locale(), "discipline.receipt.slip.howto", address);
    }

    public String minute(LocalDateTime at) {
        return at == null ? "" : MINUTE.format(at);
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
