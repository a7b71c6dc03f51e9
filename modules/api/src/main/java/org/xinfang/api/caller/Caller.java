package org.xinfang.api.caller;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is asking, as every use case needs to know: the signed-in user's roles per unit and the locale
 * their messages are written in. Built once per request from the server's principal.
 */
public record Caller(String username, String displayName, List<Grant> grants, Locale locale) {

    /** A role held in one unit, and so over that unit's subtree. */
    public record Grant(String role, Long unitId, String unitPath, String agencyType) {
    }

    public Caller {
        grants = List.copyOf(grants);
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
    }

    /** The subtrees of every unit the caller holds a role in. */
    public Visibility visibility() {
        return new Visibility(grants.stream().map(Grant::unitPath).collect(Collectors.toSet()));
    }

    public boolean hasRole(String role) {
        return grants.stream().anyMatch(g -> g.role().equals(role));
    }

    public boolean hasAnyRole(Set<String> roles) {
        return grants.stream().anyMatch(g -> roles.contains(g.role()));
    }

    /** True when the caller holds {@code role} in the unit at {@code unitPath} or one of its ancestors. */
    public boolean hasRoleOver(String role, String unitPath) {
        return grants.stream().anyMatch(g -> g.role().equals(role) && unitPath.startsWith(g.unitPath()));
    }

    /** Roles held in the unit at {@code unitPath} or above it. */
    public Set<String> rolesOver(String unitPath) {
        return grants.stream().filter(g -> unitPath.startsWith(g.unitPath())).map(Grant::role).collect(Collectors.toSet());
    }

    /** The unit a new case is registered in by default: the first unit the caller registers for. */
    public Long homeUnitId() {
        return grants.isEmpty() ? null : grants.get(0).unitId();
    }

    public Caller withLocale(Locale newLocale) {
        return new Caller(username, displayName, grants, newLocale);
    }
}
