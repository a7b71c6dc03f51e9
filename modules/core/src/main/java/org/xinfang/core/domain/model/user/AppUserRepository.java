package org.xinfang.core.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Users and their roles per unit. */
public interface AppUserRepository {

    /** The user with their roles loaded. */
    Optional<AppUser> findByUsername(String username);

    /** Only the password hash of {@code username} while the account is enabled (no roles loaded): read on every page request. */
    Optional<String> enabledPasswordHash(String username);

    /** Only the display name of {@code username} (no roles loaded): what pages show for a person. */
    Optional<String> displayNameOf(String username);

    AppUser add(AppUser user);

    /** Every user with their roles and the roles' units, by user name. */
    List<AppUser> allWithRoles();

    /** Every role of every enabled user, with the user and the unit loaded, in one query. */
    List<UnitRole> enabledRoles();

    /** The roles held in one unit (of one role, or all when null), with their users, by user name. */
    List<UnitRole> rolesIn(long unitId, String role);

    /** A user's roles with their units, in the order they were granted. */
    List<UnitRole> rolesOf(String username);
}
