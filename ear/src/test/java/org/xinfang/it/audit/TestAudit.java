package org.xinfang.it.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.xinfang.api.port.AuditAction;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.domain.model.audit.AuditEvent;

/** Writes audit events for the chain tests, each in a transaction of its own, and one held open on demand. */
@ApplicationScoped
public class TestAudit {

    /** The tests' own kind of event. */
    enum Probe implements AuditAction {
        AUDIT_PROBE;

        @Override
        public String code() {
            return name();
        }
    }

    static final String TYPE = "AuditChainIT";

    @Inject
    AuditLog audit;

    @Transactional
    public AuditEvent record(String entityId, String detail) {
        return audit.record("it-audit", Probe.AUDIT_PROBE, TYPE, entityId, null, detail);
    }

    /** Records, says so, and keeps the transaction (and its chain's head) open until released. */
    @Transactional
    public AuditEvent recordAndHold(String entityId, CountDownLatch recorded, CountDownLatch release) throws InterruptedException {
        AuditEvent e = audit.record("it-audit", Probe.AUDIT_PROBE, TYPE, entityId, null, "held open");
        recorded.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return e;
    }

    /** An entity id of this test's type whose events go to {@code chain}. */
    static String onChain(int chain) {
        for (int i = 0; ; i++) {
            String id = "probe-" + i;
            if (AuditEvent.chainOf(TYPE, id) == chain) {
                return id;
            }
        }
    }
}
