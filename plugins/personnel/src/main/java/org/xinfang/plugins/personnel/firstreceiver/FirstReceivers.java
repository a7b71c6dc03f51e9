package org.xinfang.plugins.personnel.firstreceiver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.event.CaseRegistered;
import org.xinfang.api.plugin.AnswerablePeople;
import org.xinfang.api.port.AuditTrail;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Organisation;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.plugins.personnel.PersonnelPlugin;
import org.xinfang.plugins.personnel.kernel.PersonnelAuditAction;
import org.xinfang.api.plugin.Refusal;

/**
 * 首问负责 as the bureau practises it ("群众来访坚持谁接待谁负责"): the matter's first receiver is
 * recorded in the registration's own transaction — the user who registered it — and, while the matter is
 * still only registered, the registering clerk may name instead the colleague of the bureau who really
 * received the visitor. From the first step on it stays as it is. The first receiver keeps sight of the
 * matter wherever it goes (the bureau follows what it sends on) and is told of its deadlines
 * ({@link AnswerablePeople}).
 */
@ApplicationScoped
public class FirstReceivers implements AnswerablePeople {

    /** A matter's first receiver as the case page and the API show it. */
    public record View(long caseId, String caseNumber, String username, String displayName, String recordedBy,
                       LocalDateTime recordedAt, boolean mayName) {
    }

    /** A matter the caller first received, where it is now. */
    public record Mine(long caseId, String caseNumber, String subject, String unitName, String state, boolean atBureau) {
    }

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private CaseReader cases;

    @Inject
    private Organisation organisation;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The registering user is the first receiver until a colleague is named. */
    void registered(@Observes CaseRegistered registered) {
        if (!PersonnelPlugin.ID.equals(registered.agencyType())) {
            return;
        }
        em.persist(new FirstReceiver(registered.caseId(), registered.actor(), displayName(registered.actor()),
                registered.actor(), LocalDateTime.now(clock)));
    }

    /** The first receiver of a matter the caller sees or follows. */
    @Transactional
    public View of(Caller caller, long caseId) {
        CaseFacts c = visible(caller, caseId);
        return view(caller, c, record(c, LockModeType.NONE));
    }

    /**
     * Names the colleague who really received the matter; refused — nothing saved — when the name is
     * empty or not of the bureau (400), when the caller is neither the registering user nor the bureau's
     * clerk or head (403), or once the matter has moved on from registration (409).
     */
    @Transactional
    public View name(Caller caller, long caseId, String username) {
        CaseFacts c = visible(caller, caseId);
        FirstReceiver stored = record(c, LockModeType.PESSIMISTIC_WRITE);
        if (!(c.atRegisteringUnit() && GeneralProcedure.REGISTERED.equals(c.state()))) {
            throw Refusal.conflict("事项 " + c.number() + " 已进入办理程序，首问负责人不再更改");
        }
        if (!mayName(caller, c, stored)) {
            throw Refusal.forbidden("只有登记该事项的人员或本局信访登记、局长可以指定首问负责人");
        }
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw Refusal.invalid("username", "首问负责人不能为空：请填写首先接待该事项的本局工作人员");
        }
        Optional<Organisation.Member> colleague = organisation.members(c.registeringUnitId(), null).stream()
                .filter(m -> m.username().equals(name)).findFirst();
        if (colleague.isEmpty()) {
            throw Refusal.invalid("username", "“" + name + "”不是本局工作人员，不能作为首问负责人");
        }
        String before = stored.getUsername();
        stored.name(name, colleague.get().displayName(), caller.username(), LocalDateTime.now(clock));
        audit.record(caller, PersonnelAuditAction.PERSONNEL_FIRST_RECEIVER, "Case", caseId, c.registeringUnitId(), before + " → " + name);
        return view(caller, c, stored);
    }

    /** The matters the caller first received, the latest first, wherever they are now (at most 200). */
    @Transactional
    public List<Mine> mine(Caller caller) {
        return em.createQuery("SELECT f FROM FirstReceiver f WHERE f.username = :u ORDER BY f.caseId DESC", FirstReceiver.class)
                .setParameter("u", caller.username()).setMaxResults(200).getResultList().stream()
                .flatMap(f -> cases.findSeenOrFollowed(caller, f.getCaseId()).stream())
                .map(c -> new Mine(c.id(), c.number(), c.subject(), c.unitName(), c.state(), c.atRegisteringUnit()))
                .toList();
    }

    /** Whether the caller may name the first receiver of this matter now (the case page offers it then). */
    @Transactional
    public boolean mayName(Caller caller, long caseId) {
        return cases.find(caller, caseId).filter(c -> PersonnelPlugin.ID.equals(c.agencyType()))
                .map(c -> mayName(caller, c, em.find(FirstReceiver.class, c.id()))).orElse(false);
    }

    /** The bureau's people, to choose the first receiver among. */
    @Transactional
    public List<Organisation.Member> colleagues(Caller caller, long caseId) {
        CaseFacts c = visible(caller, caseId);
        return organisation.members(c.registeringUnitId(), null).stream()
                .collect(java.util.stream.Collectors.toMap(Organisation.Member::username, m -> m, (a, b) -> a,
                        java.util.LinkedHashMap::new)).values().stream().toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> of(long caseId, String agencyType) {
        if (!PersonnelPlugin.ID.equals(agencyType)) {
            return Set.of();
        }
        FirstReceiver f = em.find(FirstReceiver.class, caseId);
        return f == null ? Set.of() : Set.of(f.getUsername());
    }

    private boolean mayName(Caller caller, CaseFacts c, FirstReceiver stored) {
        boolean stillRegistering = c.atRegisteringUnit() && GeneralProcedure.REGISTERED.equals(c.state());
        boolean registrar = stored != null && caller.username().equals(stored.getRecordedBy());
        return stillRegistering && caller.visibility().sees(c.unitPath()) && (registrar
                || caller.hasRoleOver(PersonnelPlugin.ROLE_CLERK, c.unitPath()) || caller.hasRoleOver(PersonnelPlugin.ROLE_HEAD, c.unitPath()));
    }

    private CaseFacts visible(Caller caller, long caseId) {
        return cases.findSeenOrFollowed(caller, caseId).filter(c -> PersonnelPlugin.ID.equals(c.agencyType()))
                .orElseThrow(() -> Refusal.notFound("没有这个人事信访事项，或您无权查看"));
    }

    private FirstReceiver record(CaseFacts c, LockModeType lock) {
        FirstReceiver f = em.find(FirstReceiver.class, c.id(), lock);
        if (f == null) {
            // Registered before the bureau recorded first receivers (V2): nobody was named.
            throw Refusal.notFound("事项 " + c.number() + " 登记时尚未记录首问负责人");
        }
        return f;
    }

    private View view(Caller caller, CaseFacts c, FirstReceiver f) {
        return new View(c.id(), c.number(), f.getUsername(), f.getDisplayName(), f.getRecordedBy(), f.getRecordedAt(),
                mayName(caller, c, f));
    }

    private String displayName(String username) {
        return organisation.grantsOf(username).stream().map(Organisation.Member::displayName).findFirst().orElse(username);
    }
}
