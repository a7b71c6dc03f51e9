package org.xinfang.plugins.court.kernel;

import org.xinfang.api.plugin.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.plugins.court.CourtCaseForm;
import org.xinfang.plugins.court.CourtPlugin;

/**
 * A court matter as the court's own use cases reach it: only one the caller sees (others are not
 * found, worded alike), with its registration form, and the roles that may work on it — held over the
 * unit that holds it, so a court that only follows a matter it decided (ADR 0034) reads but does not act.
 */
@ApplicationScoped
public class CourtCases {

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    @Inject
    CaseReader cases;

    /** The court matter, or 404 when the caller does not see it or it is not a court's. */
    public CaseFacts get(Caller caller, long caseId) {
        return court(caller, caseId, cases.find(caller, caseId).orElse(null));
    }

    /**
     * The court matter to read: one the caller sees, or one its court follows after sending it up for
     * review (ADR 0034), whose records it reads but, holding no role over it, does not add to.
     */
    public CaseFacts read(Caller caller, long caseId) {
        return court(caller, caseId, cases.findSeenOrFollowed(caller, caseId).orElse(null));
    }

    private CaseFacts court(Caller caller, long caseId, CaseFacts c) {
        if (c == null || !CourtPlugin.ID.equals(c.agencyType()) || em.find(CourtCaseForm.class, caseId) == null) {
            throw Refusal.notFound(Texts.get(caller.locale(), "court.case.notFound", caseId));
        }
        return c;
    }

    public CourtCaseForm form(CaseFacts c) {
        return em.find(CourtCaseForm.class, c.id());
    }

    /** Whether the caller holds one of {@code roles} over the unit holding the matter. */
    public boolean mayWork(Caller caller, CaseFacts c, String... roles) {
        return Arrays.stream(roles).anyMatch(r -> caller.hasRoleOver(r, c.unitPath()));
    }

    /** Refuses (403, worded by {@code key}) unless the caller holds one of {@code roles} over the matter. */
    public void requireWork(Caller caller, CaseFacts c, String key, String... roles) {
        if (!mayWork(caller, c, roles)) {
            throw Refusal.forbidden(Texts.get(caller.locale(), key));
        }
    }

    /** A text typed about the matter as it may be stored (sealed identities kept out), at most {@code longest}. */
    public String protect(Caller caller, CaseFacts c, String text, int longest) {
        return text == null ? null : cases.protect(caller, c.id(), text, longest);
    }
}
