package org.xinfang.it.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.core.domain.model.supervision.SentReminder;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * Staff stored in the server's user table with a mail address (the deadline watch tells real users),
 * and what the watch left behind for them: their inbox and the ledger of sent reminders.
 */
@ApplicationScoped
public class TestStaff {

    @Inject
    AppUserRepository users;

    @Inject
    CallerDirectory directory;

    @PersistenceContext(unitName = "xinfang")
    EntityManager em;

    /** A user holding {@code role} in {@code unit}, with the address {@code <username>@example.cn}. */
    @Transactional
    public Caller holding(String role, OrgUnit unit) {
        String name = "s-" + role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser(name, "测试" + role, "not-a-password-hash", name + "@example.cn", LocalDateTime.now());
        user.grant(role, unit);
        users.add(user);
        return directory.forUsername(name, Locale.SIMPLIFIED_CHINESE);
    }

    public static String mailOf(Caller caller) {
        return caller.username() + "@example.cn";
    }

    @Transactional
    public List<InboxMessage> inboxOf(Caller caller) {
        return em.createQuery("SELECT m FROM InboxMessage m WHERE m.username = :u ORDER BY m.id", InboxMessage.class)
                .setParameter("u", caller.username()).getResultList();
    }

    @Transactional
    public List<SentReminder> remindersOf(Long caseId) {
        return em.createQuery("SELECT s FROM SentReminder s WHERE s.caseId = :c ORDER BY s.id", SentReminder.class)
                .setParameter("c", caseId).getResultList();
    }

    /** Starts a clock again as the code before terminal states stopped every clock left it: running on a finished case. */
    @Transactional
    public void runAgain(Long caseId, String clock) {
        em.createQuery("UPDATE CaseClock k SET k.status = org.xinfang.core.domain.model.procedure.ClockStatus.RUNNING, k.stoppedOn = NULL"
                        + " WHERE k.caseId = :c AND k.name = :n")
                .setParameter("c", caseId).setParameter("n", clock).executeUpdate();
    }

    /** Makes an order fall due {@code daysAgo} days before today. */
    @Transactional
    public void dueOrderDaysAgo(Long orderId, int daysAgo) {
        em.createQuery("UPDATE SupervisionOrder o SET o.dueOn = :d WHERE o.id = :id")
                .setParameter("d", java.time.LocalDate.now(org.xinfang.core.application.procedure.Clocks.statutoryClock()).minusDays(daysAgo))
                .setParameter("id", orderId).executeUpdate();
    }

    /** Lets the deadline watch's lease lapse, as when the node holding it died long enough ago. */
    @Transactional
    public void expireLease() {
        em.createNativeQuery("UPDATE scheduler_lease SET expires_at = ? WHERE lease_name = 'deadline-watch'")
                .setParameter(1, LocalDateTime.of(2000, 1, 1, 0, 0)).executeUpdate();
    }
}
