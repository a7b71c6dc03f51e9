package org.xinfang.it.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.identity.IdentityDisclosure;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.prevention.MediationSettings;
import org.xinfang.core.application.settings.SettingsCatalogue;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * What the prevention tests set up and look at inside the server: a case registered in a unit, its
 * clocks as stored, a clock's pause moved back in time (as if the days in mediation had passed), a
 * clock paused as a hearing pauses it, the mediation setting, and the audit trail of a record.
 */
@ApplicationScoped
public class TestPrevention {

    @Inject
    CaseService cases;

    @Inject
    SettingsCatalogue catalogue;

    @Inject
    AuditLog audit;

    @Inject
    IdentityDisclosure disclosure;

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    /** A letter registered by a clerk of {@code unit}, received today; its intake clock runs. */
    public Long register(OrgUnit unit, String subject) {
        Case c = new Case();
        c.setChannel(Channel.LETTER);
        c.setSubject(subject);
        c.setContent("反映" + subject + "问题，请求处理。");
        c.setCategory("城乡建设");
        c.setReceivedOn(today());
        c.addParty(new Party(PartyRole.PETITIONER, PETITIONER, null, null, "测试地址"));
        Caller clerk = org.xinfang.it.TestUnits.holding(CoreRoles.CLERK, unit);
        return cases.register(clerk, unit.getId(), c, null).caseFile().getId();
    }

    /** The petitioner every test case is registered with. */
    static final String PETITIONER = "王芳";

    /**
     * Seals the petitioner's identity as an agency that protects reporters does at registration, and
     * answers how the name is shown to everyone from then on (its pseudonym).
     */
    @Transactional
    public String sealPetitioner(Long caseId) {
        Case c = em.find(Case.class, caseId);
        c.sealIdentities(p -> p.getRole() == PartyRole.PETITIONER);
        return disclosure.redact(c, PETITIONER);
    }

    /** The case's clocks as stored now. */
    @Transactional
    public List<CaseClock> clocksOf(Long caseId) {
        return em.createQuery("SELECT k FROM CaseClock k WHERE k.caseId = :c ORDER BY k.id", CaseClock.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Moves the start of every pause of the case's clocks {@code days} back, as if they had stood still that long. */
    @Transactional
    public void pausedDaysAgo(Long caseId, int days) {
        em.createQuery("UPDATE CaseClock k SET k.pausedSince = :d WHERE k.caseId = :c AND k.pausedSince IS NOT NULL")
                .setParameter("d", today().minusDays(days)).setParameter("c", caseId).executeUpdate();
    }

    /** Pauses one clock the way a hearing does, before any mediation. */
    @Transactional
    public void pauseAsAHearingDoes(Long clockId) {
        em.find(CaseClock.class, clockId).pause(today());
    }

    /** Sets whether mediation pauses the clocks (1) or not (0), as an administrator would. */
    public void mediationPausesClocks(int value) {
        Caller admin = new Caller("it-admin-" + UUID.randomUUID().toString().substring(0, 8), "测试管理员",
                List.of(new Caller.Grant(CoreRoles.ADMIN, null, "/", null)), Locale.SIMPLIFIED_CHINESE);
        catalogue.change(admin, MediationSettings.PAUSES_CLOCKS, value);
    }

    /** The codes of the audit events about a record, oldest first. */
    public List<String> auditActions(String entityType, Long id) {
        return audit.history(entityType, id).stream().map(AuditEvent::getAction).toList();
    }
}
