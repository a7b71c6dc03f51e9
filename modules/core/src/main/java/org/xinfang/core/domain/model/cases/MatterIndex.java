package org.xinfang.core.domain.model.cases;

import java.util.List;
import org.xinfang.api.caller.Visibility;

/**
 * The full-text index of matters (ADR 0041): which matters under the caller's units hold the words typed.
 * What it answers is a shortlist; the case list still applies the caller's visibility in the database,
 * so an index that lags behind a move never shows a matter the caller may not see.
 */
public interface MatterIndex {

    /** At most this many matters answer one search, the likeliest first. */
    int MOST_MATCHES = 1000;

    /**
     * The ids of the matters under {@code visibility}'s units that hold every fragment of {@code words}
     * (split at white space) in their number, subject, content, the names of their parties that are not
     * sealed, or the words of their documents — or whose party's phone is the one typed; the likeliest first.
     */
    List<Long> matching(String words, Visibility visibility, int most);

    /** How many matters the index holds now. */
    long indexed();

    /**
     * Indexes every matter again from the database — the words of their documents included — telling
     * {@code progress} how many of how many are done as it goes; returns when all are. Searches meanwhile
     * find what is indexed so far; matters registered meanwhile are indexed as they commit.
     */
    void rebuild(Progress progress);

    /** What a rebuild tells as it goes. */
    interface Progress {

        /** {@code more} matters were found to index (called as they are counted). */
        void toDo(long more);

        /** {@code more} matters were indexed. */
        void done(long more);
    }
}
