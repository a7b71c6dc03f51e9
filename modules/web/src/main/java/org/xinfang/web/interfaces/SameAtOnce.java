package org.xinfang.web.interfaces;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;

/**
 * A submission that can arrive twice at once — a double click, a client's retry, one work order from two
 * threads — is kept once by a unique key, and the request that lost the race fails on that key when its
 * transaction commits. Asked once more, outside that transaction, the use case finds what the other
 * request saved and answers with it, so both callers are told the same matter.
 */
public final class SameAtOnce {

    private SameAtOnce() {
    }

    /** The answer of {@code submission}; asked a second time when the first attempt lost to its twin. */
    public static <T> T answer(Supplier<T> submission) {
        try {
            return submission.get();
        } catch (PersistenceException lostToItsTwin) {
            return submission.get();
        }
    }
}
