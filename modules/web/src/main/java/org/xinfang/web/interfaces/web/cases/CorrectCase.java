package org.xinfang.web.interfaces.web.cases;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.cases.ServedNotices;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * Correcting a case's subject, content and category on its page (更正), as {@code PUT /api/v1/cases/{id}} does.
 * What a served notice states is shown read-only with the notice that states it, because a notice is
 * corrected only by a new step; a declined or concluded case shows no form at all, only why. The service
 * refuses the same things, so the page only spares the clerk a refusal.
 */
@Named
@ViewScoped
public class CorrectCase implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private Procedures procedures;

    @Inject
    private WebCaller webCaller;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    private Long caseId;
    private long version;
    private boolean allowed;
    private String closedBecause;
    private String subjectFixedBy;
    private String contentFixedBy;
    private String subject;
    private String content;
    private String category;

    /** Reads what may still be corrected; called by the case page once the case is loaded. */
    public void show(Case c, boolean followedOnly) {
        Caller caller = webCaller.get();
        caseId = c.getId();
        version = c.getVersion();
        allowed = !followedOnly && procedures.worksOn(caller, c.getUnit());
        if (!allowed) {
            return;
        }
        Locale locale = localeSwitch.getLocale();
        Optional<StateDeclaration> state = procedures.of(c.getAgencyType()).state(c.getStatus());
        closedBecause = state.filter(StateDeclaration::terminal)
                .map(s -> messages.text("correct.closed", s.label().in(locale))).orElse(null);
        ServedNotices served = cases.served(c);
        subjectFixedBy = fixedBy(served, "subject", locale);
        contentFixedBy = fixedBy(served, "content", locale);
        subject = disclosure.redact(c, c.getSubject());
        content = disclosure.redact(c, c.getContent());
        category = c.getCategory();
    }

    private String fixedBy(ServedNotices served, String field, Locale locale) {
        return served.stating(field).map(n -> messages.text("correct.fixed", n.kind().label().in(locale),
                n.number() == null ? "" : n.number())).orElse(null);
    }

    /** Saves the correction; what a notice states is sent as stored, whatever the browser posted. */
    public String save() {
        Caller caller = webCaller.get();
        try {
            Case stored = cases.get(caller, caseId).caseFile();
            cases.correct(caller, caseId, version, subjectFixedBy != null ? stored.getSubject() : subject,
                    contentFixedBy != null ? stored.getContent() : content, category);
            messages.infoAfterRedirect(messages.text("correct.saved"));
            return "/app/cases/view?faces-redirect=true&id=" + caseId;
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error(fieldClientId(p.field()), p.message()));
        } catch (IllegalTransitionException | NotPermittedException | EditConflictException refused) {
            messages.error("correct:correctMessages", refused.getMessage());
        } catch (CaseNotFoundException gone) {
            messages.error("correct:correctMessages", messages.text("view.notFound.title"));
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    private static String fieldClientId(String field) {
        return switch (field) {
            case "subject", "content", "category" -> "correct:" + field;
            default -> "correct:correctMessages";
        };
    }

    /** Whether the caller works on the case's unit, so that the section shows at all. */
    public boolean isAllowed() {
        return allowed;
    }

    /** Why the case is not corrected at all (declined, concluded…), or null while it is open. */
    public String getClosedBecause() {
        return closedBecause;
    }

    /** The served notice that states the subject, in words, or null when the subject is still correctable. */
    public String getSubjectFixedBy() {
        return subjectFixedBy;
    }

    public String getContentFixedBy() {
        return contentFixedBy;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
