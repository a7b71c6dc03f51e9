package org.xinfang.core.application.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.cases.MatterIndex;

/**
 * Keeps the full-text index whole (ADR 0041). Every registration, edit, move and stored document indexes
 * its matter as it commits; what was written around the use cases (an upgrade, a restored backup, a bulk
 * load) is caught at start — when the index holds another number of matters than the database, it is
 * rebuilt in the background — and an administrator can rebuild it at any time, watching its progress.
 */
@ApplicationScoped
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    /** Who started a rebuild at start, as the page shows it. */
    public static final String AT_START = "(start)";

    /** A rebuild: who started it, when, how far it got, and how it ended. */
    public record Rebuild(String startedBy, LocalDateTime startedAt, long done, long total, LocalDateTime finishedAt, String failure) {

        public boolean running() {
            return finishedAt == null;
        }

        /** How much is done, 0–100. */
        public int percent() {
            return total == 0 ? (running() ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** The index now: how many matters it holds of how many there are, and the latest rebuild, if any. */
    public record State(long indexed, long matters, Rebuild latest) {
    }

    @Inject
    private MatterIndex index;

    @Inject
    private CaseRepository cases;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Resource
    private ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Rebuild> latest = new AtomicReference<>();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        executor.submit(() -> {
            try {
                long indexed = index.indexed();
                long matters = cases.countAll();
                if (indexed != matters && running.compareAndSet(false, true)) {
                    LOG.info(() -> "The search index holds " + indexed + " of " + matters + " matters; rebuilding it");
                    begin(AT_START);
                    rebuild();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not compare the search index with the database at start", e);
            }
        });
    }

    /**
     * Starts rebuilding the index in the background; its progress is in {@link #state}.
     *
     * @throws NotPermittedException       unless the caller is an administrator
     * @throws IllegalTransitionException when a rebuild is running
     */
    public State rebuild(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "search.adminOnly");
        if (!running.compareAndSet(false, true)) {
            throw new IllegalTransitionException(Messages.get(caller.locale(), "search.rebuild.running", state(caller).latest().percent()));
        }
        try {
            begin(caller.username());
            State before = state(caller);
            audit.record(caller, CoreAuditAction.SEARCH_INDEX_REBUILT, "SearchIndex", MatterIndex.class.getSimpleName(), null,
                    before.indexed() + "/" + before.matters());
            executor.execute(this::rebuild);
            return before;
        } catch (RuntimeException notStarted) {
            running.set(false);
            throw notStarted;
        }
    }

    /** @throws NotPermittedException unless the caller is an administrator */
    public State state(Caller caller) {
        NotPermittedException.unlessAdmin(caller, "search.adminOnly");
        Rebuild r = latest.get();
        return new State(index.indexed(), cases.countAll(), r == null || !r.running() ? r
                : new Rebuild(r.startedBy(), r.startedAt(), done.get(), total.get(), null, null));
    }

    private void begin(String startedBy) {
        done.set(0);
        total.set(0);
        latest.set(new Rebuild(startedBy, LocalDateTime.now(clock), 0, 0, null, null));
    }

    private void rebuild() {
        String failure = null;
        try {
            index.rebuild(new MatterIndex.Progress() {
                @Override
                public void toDo(long more) {
                    total.addAndGet(more);
                }

                @Override
                public void done(long more) {
                    done.addAndGet(more);
                }
            });
            if (done.get() < total.get()) {
                // A matter that could not be indexed is logged by Hibernate Search and skipped; the rebuild says so.
                failure = done.get() + "/" + total.get();
                LOG.warning(() -> "Search index rebuilt with " + (total.get() - done.get()) + " of " + total.get() + " matters missing");
            } else {
                LOG.info(() -> "Search index rebuilt: " + done.get() + " matters");
            }
        } catch (RuntimeException e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.WARNING, "The search index could not be rebuilt", e);
        } finally {
            Rebuild started = latest.get();
            latest.set(new Rebuild(started.startedBy(), started.startedAt(), done.get(), total.get(), LocalDateTime.now(clock), failure));
            running.set(false);
        }
    }
}
