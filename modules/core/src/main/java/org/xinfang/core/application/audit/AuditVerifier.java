package org.xinfang.core.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditCheckpointRepository;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditEventRepository;
import org.xinfang.core.domain.model.audit.AuditProblem;
import org.xinfang.core.domain.model.audit.AuditVerification;
import org.xinfang.core.domain.model.audit.ChainHead;

/**
 * Proves the audit log from its stored rows, in bounded memory: the checkpoints' own chain first, then
 * every event page by page (each must hash to its stored hash and link to the last one seen on its
 * chain), then each chain's head row (its event must be the chain's last), and last every event the
 * latest checkpoint sealed must have been met, with the sealed hash. Stops at the first bad row and names it. Writers go on
 * meanwhile: an event that committed after the scan passed its place is read back before a link is
 * called broken, and a head that moved is followed.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final Logger LOG = Logger.getLogger(AuditVerifier.class.getName());

    /** Rows read at a time: the memory a verification holds, whatever the log's size. */
    static final int PAGE = 1000;

    /** How often a head that moved meanwhile is followed before an event past it is called inserted. */
    private static final int HEAD_READS = 3;

    @Inject
    private AuditEventRepository events;

    @Inject
    private AuditCheckpointRepository checkpoints;

    @Inject
    private Clock clock;

    /** A bad row, found. */
    private static final class Found extends RuntimeException {
        final long id;
        final AuditProblem problem;

        Found(long id, AuditProblem problem, String detail) {
            super(detail, null, false, false);
            this.id = id;
            this.problem = problem;
        }
    }

    /** Where each chain stands in the scan: its last event met, and what the latest checkpoint still expects. */
    private final class Scan {
        final String[] lastHash = new String[AuditEvent.CHAINS];
        final long[] lastId = new long[AuditEvent.CHAINS];
        final Map<Long, AuditCheckpoint.Head> sealed = new HashMap<>();
        long checked;

        Scan(AuditCheckpoint latest) {
            Arrays.fill(lastHash, AuditEvent.GENESIS);
            latest.heads().stream().filter(h -> h.eventId() != null).forEach(h -> sealed.put(h.eventId(), h));
        }

        /** Takes the next event of the log by id; a link that does not hold is first read again for late commits. */
        void take(AuditEvent e) {
            int c = e.getChainNo();
            if (c < 0 || c >= AuditEvent.CHAINS) {
                throw new Found(e.getId(), AuditProblem.UNKNOWN_CHAIN, "chain " + c);
            }
            if (!lastHash[c].equals(e.getPreviousHash())) {
                // An event of this chain may have committed after the scan passed its id (READ COMMITTED).
                for (AuditEvent late : events.onChain(c, lastId[c], e.getId())) {
                    accept(late);
                }
            }
            accept(e);
        }

        private void accept(AuditEvent e) {
            int c = e.getChainNo();
            checked++;
            if (!e.computeHash().equals(e.getHash())) {
                throw new Found(e.getId(), AuditProblem.CHANGED, "chain " + c);
            }
            if (!lastHash[c].equals(e.getPreviousHash())) {
                throw new Found(e.getId(), AuditProblem.BROKEN_LINK, "chain " + c + ", after event " + (lastId[c] == 0 ? "(none)" : lastId[c]));
            }
            AuditCheckpoint.Head seal = sealed.remove(e.getId());
            if (seal != null && (seal.chainNo() != c || !seal.hash().equals(e.getHash()))) {
                throw new Found(e.getId(), AuditProblem.CHECKPOINT_MISMATCH, "sealed on chain " + seal.chainNo());
            }
            lastHash[c] = e.getHash();
            lastId[c] = e.getId();
        }

        /**
         * Each chain's head must name its last event. A head behind the last event the scan met was not
         * moved by whoever added the events after it; a head ahead of it moved meanwhile and is followed
         * along the chain; events past a head that stays put were not written by the log.
         */
        void matchHeads() {
            for (int round = 1; ; round++) {
                boolean moving = false;
                for (ChainHead head : events.heads()) {
                    int c = head.chainNo();
                    if (head.lastHash().equals(lastHash[c])) {
                        continue;
                    }
                    long headId = head.lastEventId() == null ? 0 : head.lastEventId();
                    if (headId < lastId[c]) {
                        long first = events.onChain(c, headId, null).stream().findFirst().map(AuditEvent::getId).orElse(lastId[c]);
                        throw new Found(first, AuditProblem.AFTER_HEAD, "chain " + c + ", head at event " + headId);
                    }
                    List<AuditEvent> later = events.onChain(c, lastId[c], null);
                    int reached = -1;
                    for (int i = 0; i < later.size() && reached < 0; i++) {
                        accept(later.get(i));
                        reached = later.get(i).getHash().equals(head.lastHash()) ? i : -1;
                    }
                    if (reached < 0) {
                        throw new Found(headId, AuditProblem.HEAD_MISSING, "chain " + c + ", last event met "
                                + (lastId[c] == 0 ? "(none)" : lastId[c]));
                    }
                    if (reached < later.size() - 1) {
                        if (round >= HEAD_READS) {
                            throw new Found(later.get(reached + 1).getId(), AuditProblem.AFTER_HEAD, "chain " + c + ", head at event " + headId);
                        }
                        moving = true;
                    }
                }
                if (!moving) {
                    return;
                }
            }
        }
    }

    /** Verifies the whole log and keeps the result; {@code requestedBy} is a user name or {@link AuditVerification#SCHEDULE}. */
    @Transactional
    public AuditVerification verify(String requestedBy) {
        LocalDateTime started = LocalDateTime.now(clock);
        Scan scan = null;
        AuditVerification result;
        try {
            AuditCheckpoint latest = verifyCheckpoints();
            scan = new Scan(latest);
            for (List<AuditEvent> page = events.after(0, PAGE); !page.isEmpty(); page = events.after(page.get(page.size() - 1).getId(), PAGE)) {
                page.forEach(scan::take);
            }
            scan.matchHeads();
            if (!scan.sealed.isEmpty()) {
                AuditCheckpoint.Head missing = scan.sealed.values().iterator().next();
                throw new Found(missing.eventId(), AuditProblem.CHECKPOINT_MISMATCH, "sealed on chain " + missing.chainNo() + ", not found");
            }
            result = AuditVerification.intact(started, LocalDateTime.now(clock), requestedBy, scan.checked);
        } catch (Found bad) {
            result = AuditVerification.broken(started, LocalDateTime.now(clock), requestedBy, scan == null ? 0 : scan.checked, bad.id,
                    bad.problem, bad.getMessage());
            LOG.severe("The audit log does not verify: " + bad.problem + " at " + bad.id + " (" + bad.getMessage() + ")");
        }
        return checkpoints.add(result);
    }

    /** The checkpoints' own chain, oldest first; the latest one. */
    private AuditCheckpoint verifyCheckpoints() {
        String previous = AuditEvent.GENESIS;
        AuditCheckpoint last = null;
        for (List<AuditCheckpoint> page = checkpoints.after(0, PAGE); !page.isEmpty();
             page = checkpoints.after(page.get(page.size() - 1).getId(), PAGE)) {
            for (AuditCheckpoint c : page) {
                if (!c.getPreviousHash().equals(previous) || !c.computeHash().equals(c.getHash())) {
                    throw new Found(c.getId(), AuditProblem.CHECKPOINT_CHANGED, "checkpoint " + c.getId());
                }
                previous = c.getHash();
                last = c;
            }
        }
        if (last == null) {
            throw new Found(0, AuditProblem.CHECKPOINT_CHANGED, "no checkpoint at all: the first was deleted");
        }
        return last;
    }
}
