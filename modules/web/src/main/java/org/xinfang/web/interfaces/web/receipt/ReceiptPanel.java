package org.xinfang.web.interfaces.web.receipt;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.xinfang.api.port.Callers;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.web.interfaces.rest.receipt.ReceiptResource;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.core.application.receipt.Receipts;

/**
 * The receipt panel on the page of a case whose plugin offers receipts (ADR 0019): the clerk creates
 * the code and sees it this once, with a slip to print; whoever works on the case answers the reporter
 * in writing and sees the material the reporter added. The code lives only in this view: reload the
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

    @Inject
    private UiMessages messages;

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
        } catch (NotPermittedException | IllegalTransitionException | CaseNotFoundException refused) {
            messages.error(null, refused.getMessage());
        }
    }

    public void answer(Long caseId) {
        // The code was shown on the answer to creating it; the next action on the page ends that.
        issued = null;
        try {
            String number = receipts.answer(callers.current(), caseId, answerText).getDocumentLabel();
            answerText = null;
            view = null;
            messages.info(null, messages.text("receipt.panel.answered", number));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error(null, p.message()));
        } catch (NotPermittedException | IllegalTransitionException | CaseNotFoundException refused) {
            messages.error(null, refused.getMessage());
        }
    }

    /** The code just created, or null: it is never read back from anywhere. */
    public Receipts.Issued getIssued() {
        return issued;
    }

    public String issuedAt(LocalDateTime at) {
        return at == null ? "" : messages.text("receipt.panel.issuedAt", MINUTE.format(at));
    }

    /** The slip's instructions, naming the public page's full address. */
    public String howTo() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String address = external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + ReceiptResource.PUBLIC_PAGE;
        return messages.text("receipt.slip.howto", address);
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
}
