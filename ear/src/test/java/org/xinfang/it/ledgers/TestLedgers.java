package org.xinfang.it.ledgers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.UnitLevel;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/** What the ledger tests build and read back in the server: units of any level, cases, and what was stored. */
@ApplicationScoped
public class TestLedgers {

    @Inject
    OrgUnitRepository units;

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    /** A new unit of {@code level} directly under {@code parent}. */
    @Transactional
    public OrgUnit unitBelow(OrgUnit parent, UnitLevel level, String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return units.add(new OrgUnit("T-L-" + tag, name + tag, name + tag, level, OrgUnit.GENERAL_AGENCY, em.find(OrgUnit.class, parent.getId())));
    }

    /** A case as a clerk fills it in, received on {@code receivedOn}. */
    public static Case draft(String subject, LocalDate receivedOn) {
        Case c = new Case();
        c.setChannel(Channel.VISIT);
        c.setSubject(subject);
        c.setContent("来访反映" + subject + "，请求处理。");
        c.setCategory("农村农业");
        c.setReceivedOn(receivedOn);
        c.addParty(new Party(PartyRole.PETITIONER, "赵刚", null, null, "测试村"));
        return c;
    }

    @Transactional
    public long reportsOf(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(r) FROM ZeroReport r WHERE r.unit.id = :u", Long.class).setParameter("u", unit.getId())
                .getSingleResult();
    }

    @Transactional
    public long disputesOf(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(d) FROM Dispute d WHERE d.unit.id = :u", Long.class).setParameter("u", unit.getId())
                .getSingleResult();
    }

    /** The audited actions about the records of one unit, oldest first. */
    @Transactional
    public List<String> auditedIn(OrgUnit unit) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.unitId = :u ORDER BY e.id", AuditEvent.class)
                .setParameter("u", unit.getId()).getResultStream().map(AuditEvent::getAction).toList();
    }

    /** Puts a case in another unit, as a forward or an assignment leaves it (its registration step stays where it was). */
    @Transactional
    public void moveCase(long caseId, OrgUnit to) {
        Case c = em.find(Case.class, caseId);
        c.moveTo(c.getStatus(), em.find(OrgUnit.class, to.getId()), "it-ledgers", java.time.LocalDateTime.now());
    }

    /** Takes away a level's stored rule, so the level reports by the default again. */
    @Transactional
    public void forgetLevelRule(UnitLevel level) {
        em.createQuery("DELETE FROM ReportSchedule s WHERE s.unitLevel = :l").setParameter("l", level).executeUpdate();
    }
}
