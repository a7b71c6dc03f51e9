package org.xinfang.core.application.figures;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.api.event.CaseMoved;
import org.xinfang.api.event.CaseRegistered;
import org.xinfang.api.event.StepTaken;
import org.xinfang.api.port.CaseHistories;
import org.xinfang.core.domain.model.document.CaseDocumentRepository;
import org.xinfang.core.domain.model.figures.MatterFacts;
import org.xinfang.core.domain.model.figures.MatterFactsRepository;
import org.xinfang.core.domain.model.procedure.CaseClockRepository;
import org.xinfang.core.domain.model.procedure.CaseStepRepository;

/**
 * Keeps every matter's {@link MatterFacts} in step with its history. After a registration, a step or a
 * move, just before the transaction commits — when everything the use case wrote is there, dates moved
 * back by demo seeding included — the matter's row is derived again from its steps, notices and clocks;
 * so a figure counts every acknowledged step and never one that was rolled back. At start, matters
 * without a row (from before this table, or written around the use cases) get theirs, in batches, in
 * the background.
 */
@ApplicationScoped
public class MatterFactsKeeper {

    private static final Logger LOG = Logger.getLogger(MatterFactsKeeper.class.getName());

    /** Matters derived per transaction when filling in rows at start. */
    static final int BATCH = 500;

    @Inject
    private MatterFactsRepository facts;

    @Inject
    private CaseStepRepository steps;

    @Inject
    private CaseDocumentRepository documents;

    @Inject
    private CaseClockRepository clocks;

    @Inject
    private MatterFactsKeeper self;

    @Resource
    private ManagedExecutorService executor;

    void registered(@Observes(during = TransactionPhase.BEFORE_COMPLETION) CaseRegistered registered) {
        refresh(registered.caseId());
        // A repeat changes what its original counts: resolved at the first petition no longer.
        facts.originalOf(registered.caseId()).ifPresent(this::refresh);
        facts.flush();
    }

    void stepped(@Observes(during = TransactionPhase.BEFORE_COMPLETION) StepTaken step) {
        refresh(step.caseId());
        facts.flush();
    }

    void moved(@Observes(during = TransactionPhase.BEFORE_COMPLETION) CaseMoved moved) {
        refresh(moved.caseId());
        facts.flush();
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        executor.submit(() -> {
            try {
                int filled = 0;
                for (int n = self.fillSome(); n > 0; n = self.fillSome()) {
                    filled += n;
                }
                if (filled > 0) {
                    int total = filled;
                    LOG.info(() -> "Matter facts derived for " + total + " matters that had none");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not derive the facts of every matter at start; the next start tries again", e);
            }
        });
    }

    /** Derives the rows of up to {@link #BATCH} matters that have none; how many. */
    @Transactional
    public int fillSome() {
        List<Long> missing = facts.casesWithoutFacts(BATCH);
        missing.forEach(this::refresh);
        return missing.size();
    }

    /** Derives the matter's row again from its history, and writes it if it changed. */
    @Transactional
    public void refresh(long caseId) {
        Optional<MatterFacts.Matter> matter = facts.matter(caseId);
        if (matter.isEmpty()) {
            return;
        }
        MatterFacts derived = MatterFacts.derive(matter.get(),
                steps.ofCase(caseId).stream()
                        .map(s -> new MatterFacts.Step(s.getOccurredAt(), s.getToUnitId(), s.getRating(), s.getLegalRoute() != null)).toList(),
                documents.noticesOf(List.of(caseId)).stream().map(d -> new MatterFacts.Notice(d.getNoticeKind(), d.getCreatedAt())).toList(),
                clocks.ofCase(caseId).stream().map(k -> new CaseHistories.Clock(k.getName(), k.getStartedOn(), k.getDueOn(), k.getStoppedOn()))
                        .toList(),
                facts.firstRepeatReceived(caseId).orElse(null));
        facts.keep(derived);
    }
}
