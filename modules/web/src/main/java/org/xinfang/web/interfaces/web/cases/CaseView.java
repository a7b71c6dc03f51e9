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
import org.primefaces.PrimeFaces;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.IdentityDisclosure.Revealed;
import org.xinfang.core.application.identity.SealedIdentities.PartyCard;
import org.xinfang.core.application.identity.IdentityDisclosure.TrailEntry;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * One case: its facts, parties (identity and phone numbers masked), the agency's form and the audit
 * history. A case that does not exist and a case outside the caller's units look the same: not found.
 *
 * <p>Parties, subject, content and audit details come through {@link IdentityDisclosure}: a sealed
 * reporter is a pseudonym to everyone. The identity keeper of the unit holding the case may reveal
 * them in a dialog that asks for the reason; the identities then show on this page until it is left.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseService cases;

    @Inject
    private WebCaller webCaller;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private ProcedurePanel procedurePanel;

    @Inject
    private CorrectCase correctCase;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private CaseDocumentsPanel documentsPanel;

    @Inject
    private UiMessages messages;

    /** The id as the link gave it; anything that is not a number is simply not found. */
    private String id;
    // Entities are not Serializable; the view state stays on this server (see RegisterCase).
    private CaseDetails details;
    private List<TrailEntry> history = List.of();
    private List<PartyCard> parties = List.of();
    private boolean keeper;
    private String keeperWithheld;
    private String revealReason;
    private Revealed revealed;

    public void load() {
        try {
            details = cases.get(webCaller.get(), Long.valueOf(id == null ? "" : id.trim()));
            history = disclosure.trail(webCaller.get(), details.caseFile());
            parties = disclosure.parties(details.caseFile());
            keeper = disclosure.keeps(webCaller.get(), details.caseFile());
            keeperWithheld = disclosure.keeperWithheld(webCaller.get(), details.caseFile()).orElse(null);
            procedurePanel.show(details.caseFile());
            correctCase.show(details.caseFile(), details.followedOnly());
        } catch (NumberFormatException | CaseNotFoundException notVisible) {
            details = null;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public boolean isFound() {
        return details != null;
    }

    /** The case left the caller's units by a 转送 or 交办 of theirs: they follow it, read-only. */
    public boolean isFollowedOnly() {
        return details != null && details.followedOnly();
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

    /** The case's audit trail as the caller may read it (details redacted, reveals only for their log's readers). */
    public List<TrailEntry> getHistory() {
        return history;
    }

    /** The subject as everyone may read it. */
    public String getSubject() {
        return details == null ? null : disclosure.redact(details.caseFile(), details.caseFile().getSubject());
    }

    /** The content as everyone may read it. */
    public String getContent() {
        return details == null ? null : disclosure.redact(details.caseFile(), details.caseFile().getContent());
    }

    /** The parties as everyone sees them: sealed ones by their pseudonyms. */
    public List<PartyCard> getParties() {
        return parties;
    }

    /** The case has parties whose identity is sealed. */
    public boolean isSealed() {
        return details != null && details.caseFile().hasSealedIdentities();
    }

    /** Why the caller, this case's keeper by role, may not reveal it now (a head's report at home), or null. */
    public String getKeeperWithheld() {
        return keeperWithheld;
    }

    /** The caller is the keeper of this case's sealed identities, and may reveal them. */
    public boolean isKeeper() {
        return keeper;
    }

    /**
     * The reveal dialog's action: shows the sealed parties to the keeper and logs it, or says in the
     * dialog why not (no reason, too short, not the keeper).
     */
    public void reveal() {
        try {
            revealed = disclosure.reveal(webCaller.get(), details.caseFile().getId(), revealReason);
            documentsPanel.revealedWith(revealed.revealId(), revealReason);
            history = disclosure.trail(webCaller.get(), details.caseFile());
            messages.info(null, messages.text("identity.revealed", revealed.revealId()));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error("revealForm:revealReason", p.message()));
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        } catch (NotPermittedException | CaseNotFoundException notAllowed) {
            messages.error("revealForm:revealReason", notAllowed instanceof NotPermittedException ? notAllowed.getMessage()
                    : messages.text("view.notFound.text"));
            PrimeFaces.current().ajax().addCallbackParam("refused", true);
        }
    }

    /** The sealed parties in full, once revealed on this page; empty before. */
    public List<PartyCard> getRevealedParties() {
        return revealed == null ? List.of() : revealed.parties();
    }

    public boolean isRevealed() {
        return revealed != null;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
