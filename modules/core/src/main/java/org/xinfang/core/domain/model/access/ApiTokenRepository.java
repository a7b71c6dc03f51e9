package org.xinfang.core.domain.model.access;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.xinfang.core.domain.model.user.AppUser;

/** API tokens, found by the hash of what a client sends. */
public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    /** The token with this SHA-256, with its user loaded. */
    Optional<ApiToken> findByHash(String tokenHash);

    /** One user's tokens, newest first. */
    List<ApiToken> ofUser(String username);

    /** Revokes every token of the user not revoked yet; how many. */
    int revokeAll(AppUser user, LocalDateTime now);

    /** A token of this user by id (empty for another user's). */
    Optional<ApiToken> findOfUser(long id, String username);
}
