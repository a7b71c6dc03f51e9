package org.xinfang.core.application.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.event.ClockDue;
import org.xinfang.api.event.ClockLapsed;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.procedure.CaseClock;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;

/**
 * Announces the statutory clocks that reach their due day and those that lapse, once each, as
 * {@link ClockDue} and {@link ClockLapsed} events — so that supervision and plugins can act on a
 * deadline instead of a row merely turning red. Each clock is locked while it is announced, so two
 * servers on one schedule announce it once.
 */
@ApplicationScoped
public class ClockWatch {

    @Inject
    private CaseClockRepository caseClocks;

    @Inject
    private Clock clock;

    @Inject
    private Event<ClockDue> dueEvents;

    @Inject
    private Event<ClockLapsed> lapsedEvents;

    /** Announces what is due or lapsed today; returns how many announcements were made. */
    @Transactional
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        int announced = 0;
        for (CaseClockRepository.OfCase due : caseClocks.toAnnounceLocked(today)) {
            CaseClock k = due.clock();
            Case c = due.caseFile();
            if (k.announceDue(today)) {
                dueEvents.fire(new ClockDue(c.getId(), c.getAgencyType(), k.getName(), k.getDueOn(), c.getUnit().getId()));
                announced++;
            }
            if (k.announceLapse(today)) {
                lapsedEvents.fire(new ClockLapsed(c.getId(), c.getAgencyType(), k.getName(), k.getDueOn(), c.getUnit().getId(), k.getDays()));
                announced++;
            }
        }
        return announced;
    }
}
