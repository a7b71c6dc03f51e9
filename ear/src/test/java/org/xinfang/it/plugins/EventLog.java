package org.xinfang.it.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.xinfang.api.event.CaseMoved;
import org.xinfang.api.event.CaseRegistered;
import org.xinfang.api.event.ClockDue;
import org.xinfang.api.event.ClockLapsed;
import org.xinfang.api.event.DocumentIssued;
import org.xinfang.api.event.StepTaken;

/**
 * Observes the core's events in the server, as a plugin would, and keeps what it saw for the test. It
 * sees every in-server class's events (they share one deployment): a queue, so that keeping them stays cheap.
 */
@ApplicationScoped
public class EventLog {

    private final Queue<Object> seen = new ConcurrentLinkedQueue<>();

    void registered(@Observes CaseRegistered e) {
        seen.add(e);
    }

    void step(@Observes StepTaken e) {
        seen.add(e);
    }

    void moved(@Observes CaseMoved e) {
        seen.add(e);
    }

    void issued(@Observes DocumentIssued e) {
        seen.add(e);
    }

    void due(@Observes ClockDue e) {
        seen.add(e);
    }

    void lapsed(@Observes ClockLapsed e) {
        seen.add(e);
    }

    /** The events of one case, in the order they were fired. */
    public List<Object> of(long caseId) {
        return seen.stream().filter(e -> caseOf(e) == caseId).toList();
    }

    private static long caseOf(Object e) {
        if (e instanceof CaseRegistered r) {
            return r.caseId();
        } else if (e instanceof StepTaken s) {
            return s.caseId();
        } else if (e instanceof CaseMoved m) {
            return m.caseId();
        } else if (e instanceof DocumentIssued d) {
            return d.caseId();
        } else if (e instanceof ClockDue d) {
            return d.caseId();
        } else if (e instanceof ClockLapsed l) {
            return l.caseId();
        }
        return -1;
    }
}
