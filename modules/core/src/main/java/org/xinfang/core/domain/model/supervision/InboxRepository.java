package org.xinfang.core.domain.model.supervision;

import java.util.List;
import java.util.Optional;

/** The users' inboxes. */
public interface InboxRepository {

    InboxMessage add(InboxMessage message);

    Optional<InboxMessage> find(Long id);

    /** A user's messages, the newest first. */
    List<InboxMessage> of(String username, boolean unreadOnly, int limit);

    long unread(String username);

    /** Marks every unread message of the user read; how many. */
    int readAll(String username, java.time.LocalDateTime at);
}
