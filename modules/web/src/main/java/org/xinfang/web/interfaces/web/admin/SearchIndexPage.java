package org.xinfang.web.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import org.xinfang.core.application.search.SearchIndexing;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/** The administrator's search index page: how many matters it holds, a rebuild and its progress. */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    private SearchIndexing indexing;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SearchIndexing.State state;

    public SearchIndexing.State getState() {
        if (state == null) {
            state = indexing.state(webCaller.get());
        }
        return state;
    }

    /** Whether the page should keep asking for progress. */
    public boolean isRunning() {
        return getState().latest() != null && getState().latest().running();
    }

    /** When the latest rebuild started, to the second. */
    public String getStartedAt() {
        SearchIndexing.Rebuild latest = getState().latest();
        return latest == null ? "" : SECONDS.format(latest.startedAt());
    }

    /** Who started the latest rebuild: a user's name, or the server at start. */
    public String getStartedBy() {
        SearchIndexing.Rebuild latest = getState().latest();
        return latest == null ? "" : SearchIndexing.AT_START.equals(latest.startedBy()) ? messages.text("searchIndex.atStart") : latest.startedBy();
    }

    public void rebuild() {
        state = indexing.rebuild(webCaller.get());
        messages.info(null, messages.text("searchIndex.started"));
    }
}
