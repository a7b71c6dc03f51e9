package org.xinfang.core.domain.model.user;

import java.util.Optional;

/** Users and their roles per unit. */
public interface AppUserRepository {

    /** The user with their roles loaded. */
    Optional<AppUser> findByUsername(String username);

    AppUser add(AppUser user);
}
