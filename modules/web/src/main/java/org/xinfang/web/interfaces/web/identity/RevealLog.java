package org.xinfang.web.interfaces.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.identity.IdentityDisclosure.RevealEntry;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The reveal log ({@code /app/identity/reveals.xhtml}): every reveal of a sealed identity in the
 * units the leader leads, who, when, why and which case, newest first. Anyone else is told that the
 * log is for leaders, and sees no entry.
 */
@Named
@ViewScoped
public class RevealLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdentityDisclosure disclosure;

    @Inject
    private WebCaller webCaller;

    private List<RevealEntry> entries = List.of();
    private String refusal;

    public void load() {
        try {
            entries = disclosure.revealLog(webCaller.get(), null);
        } catch (NotPermittedException notLeader) {
            refusal = notLeader.getMessage();
        }
    }

    public List<RevealEntry> getEntries() {
        return entries;
    }

    /** Why the caller may not read the log, or null when they may. */
    public String getRefusal() {
        return refusal;
    }
}
