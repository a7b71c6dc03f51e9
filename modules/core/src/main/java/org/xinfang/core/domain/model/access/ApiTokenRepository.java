package org.xinfang.core.domain.model.access;

import java.util.List;
import java.util.Optional;

/** API tokens, found by the hash of what a client sends. */
public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    /** The token with this SHA-256, with its user loaded. */
    Optional<ApiToken> findByHash(String tokenHash);

    /** One user's tokens, newest first. */
    List<ApiToken> ofUser(String username);

    /** A token of this user by id (empty for another user's). */
    Optional<ApiToken> findOfUser(long id, String username);
}
