package org.xinfang.web.interfaces.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.Locale;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;
import org.xinfang.api.model.Rating;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.portal.Portal;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.receipt.Receipts;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.Uploads;
import org.xinfang.web.interfaces.web.PublicVisitor;

/**
 * Following a matter on the portal (查询办理情况), without signing in: the query code, and the phone for a
 * signed matter, open it; then its state, the next deadline, the notices (fetching one serves it), the
 * right of review, the rating and the material added. The code and phone stay in this view on the
 * server, never in an address; each action opens the matter with them again, throttled like the first.
 */
@Named
@ViewScoped
public class FollowDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Portal portal;

    @Inject
    private UiMessages messages;

    private String code;
    private String phone;
    private String openedCode;
    private String openedPhone;
    private transient Portal.Followed followed;
    /** The language {@link #followed} was read in: its state, deadlines and notices are named in it. */
    private Locale followedIn;
    private String reason;
    private Rating rating;
    private String materialText;
    private transient Part file;

    public void open() {
        if (code == null || code.isBlank()) {
            // Nothing typed is no guess: it must not use up one of the address's tries.
            messages.error("follow:code", messages.text("portal.follow.codeRequired"));
            return;
        }
        act(() -> portal.follow(code, phone, PublicVisitor.address(), PublicVisitor.locale()));
        if (followed != null) {
            openedCode = code;
            openedPhone = phone;
        }
    }

    public void requestReview() {
        if (act(() -> portal.requestReview(openedCode, openedPhone, reason, PublicVisitor.address(), PublicVisitor.locale()))) {
            reason = null;
            messages.info(null, messages.text("portal.follow.reviewAsked"));
        }
    }

    public void rate() {
        if (act(() -> portal.rate(openedCode, openedPhone, rating, PublicVisitor.address(), PublicVisitor.locale()))) {
            messages.info(null, messages.text("portal.follow.rated"));
        }
    }

    public void addMaterial() {
        Receipts.EvidenceFile evidence = Uploads.evidence(file);
        if (act(() -> portal.addMaterial(openedCode, openedPhone, materialText, evidence, PublicVisitor.address(), PublicVisitor.locale()))) {
            materialText = null;
            messages.info(null, messages.text("portal.follow.materialAdded"));
        }
    }

    /** A notice's PDF; fetching it serves it (the page shows the time after the next action). */
    public StreamedContent notice(long noticeId) {
        try {
            Portal.NoticeFile notice = portal.notice(openedCode, openedPhone, noticeId, PublicVisitor.address(), PublicVisitor.locale());
            return Downloads.pdf(notice.content(), notice.fileName());
        } catch (RecordNotFoundException | Guesses.TooMany refused) {
            forget();
            messages.error(null, refused.getMessage());
            return null;
        }
    }

    public StreamedContent getReceiptPdf() {
        try {
            return Downloads.pdf(portal.receiptPdf(portal.receipt(openedCode, openedPhone, PublicVisitor.address(), PublicVisitor.locale())), "receipt.pdf");
        } catch (RecordNotFoundException | Guesses.TooMany refused) {
            forget();
            messages.error(null, refused.getMessage());
            return null;
        }
    }

    /** Leaves: code and phone are forgotten, as on a shared phone or computer they should be. */
    public void leave() {
        forget();
        code = null;
        phone = null;
    }

    /**
     * Runs a portal action and keeps what it answers; a refusal is shown beside its field or on top. A
     * wrong code or phone (the matter may have closed long ago) ends the session's view of the matter.
     */
    private boolean act(Supplier<Portal.Followed> action) {
        try {
            followed = action.get();
            followedIn = PublicVisitor.locale();
            return true;
        } catch (RecordNotFoundException | Guesses.TooMany refused) {
            forget();
            messages.error(null, refused.getMessage());
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error(clientIdOf(p.field()), p.message()));
        } catch (IllegalTransitionException | EditConflictException | NotPermittedException refused) {
            messages.error(null, refused.getMessage());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private static String clientIdOf(String field) {
        return switch (field) {
            case "reason" -> "review:reason";
            case "rating" -> "rating:choice";
            case "text", "file", "content" -> "material:" + ("content".equals(field) ? "file" : field);
            default -> null;
        };
    }

    private void forget() {
        followed = null;
        openedCode = null;
        openedPhone = null;
    }

    public boolean isOpen() {
        return followed != null;
    }

    public Portal.Followed getFollowed() {
        if (followed != null && !PublicVisitor.locale().equals(followedIn)) {
            // The language was switched on this view: the matter is read again to be named in it.
            act(() -> portal.follow(openedCode, openedPhone, PublicVisitor.address(), PublicVisitor.locale()));
        }
        return followed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Rating getRating() {
        return rating;
    }

    public void setRating(Rating rating) {
        this.rating = rating;
    }

    public String getMaterialText() {
        return materialText;
    }

    public void setMaterialText(String materialText) {
        this.materialText = materialText;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
