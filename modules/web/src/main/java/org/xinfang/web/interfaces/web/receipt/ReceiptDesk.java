package org.xinfang.web.interfaces.web.receipt;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.Uploads;
import org.xinfang.web.interfaces.web.PublicVisitor;

/**
 * The anonymous reporter's or complainant's page (ADR 0019), without sign-in, for every agency that offers receipts: type the receipt code, read the answers, add
 * evidence. The code stays in this view (server side, never in an address) so the reporter need not
 * type it again for the evidence; each use still checks it. Refusals read exactly as the API's.
 */
@Named
@ViewScoped
public class ReceiptDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Receipts receipts;

    @Inject
    private UiMessages messages;

    private String code;
    private String openedWith;
    private transient Receipts.PublicView view;
    private String evidenceText;
    private transient Part file;

    public void open() {
        if (code == null || code.isBlank()) {
            // Nothing typed is no guess: it must not use up one of the address's tries (Guesses).
            messages.error(null, messages.text("receipt.public.codeRequired"));
            return;
        }
        try {
            view = receipts.read(code, PublicVisitor.address(), PublicVisitor.locale());
            openedWith = code;
        } catch (RecordNotFoundException | Guesses.TooMany refused) {
            forget();
            messages.error(null, refused.getMessage());
        }
    }

    public void addEvidence() {
        try {
            Receipts.EvidenceFile evidence = Uploads.evidence(file);
            view = receipts.addEvidence(openedWith, PublicVisitor.address(), PublicVisitor.locale(), evidenceText, evidence);
            evidenceText = null;
            messages.info(null, messages.text("receipt.evidence.added"));
        } catch (RecordNotFoundException | Guesses.TooMany refused) {
            forget();
            messages.error(null, refused.getMessage());
        } catch (InvalidInputException refused) {
            // The text, or the core's checks on the file (type, size); neither was kept.
            refused.problems().forEach(p -> messages.error(null, p.message()));
        } catch (IllegalTransitionException closed) {
            messages.error(null, closed.getMessage());
        }
    }

    /** Leaves: the code is forgotten, as on a shared computer it should be. */
    public void leave() {
        forget();
        code = null;
    }

    public boolean isOpen() {
        return openedWith != null && view != null;
    }

    public Receipts.PublicView getView() {
        return view;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEvidenceText() {
        return evidenceText;
    }

    public void setEvidenceText(String evidenceText) {
        this.evidenceText = evidenceText;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    private void forget() {
        openedWith = null;
        view = null;
    }
}
