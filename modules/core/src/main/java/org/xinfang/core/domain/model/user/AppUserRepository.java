package org.xinfang.core.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Users and their roles per unit. */
public interface AppUserRepository {

    /** The user with their roles loaded. */
    Optional<AppUser> findByUsername(String username);

    AppUser add(AppUser user);

    /** Every role of every enabled user, with the user and the unit loaded, in one query. */
    List<UnitRole> enabledRoles();
}
