package org.xinfang.core.application.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.UnitRole;

/** Turns a signed-in user name into a {@link Caller} with the roles it holds per unit. */
@ApplicationScoped
public class CallerDirectory {

    @Inject
    private AppUserRepository users;

    /** The caller the server authenticated; no principal (not signed in) gives a caller who sees nothing. */
    public Caller forPrincipal(Principal principal, Locale locale) {
        return forUsername(principal == null ? "" : principal.getName(), locale);
    }

    /** The caller, or one with no grants (who sees nothing) when the name is unknown or disabled. */
    @Transactional
    public Caller forUsername(String username, Locale locale) {
        return signedIn(username, locale).caller();
    }

    /**
     * Every enabled user as a caller, by user name, read as the server reads them at sign-in but from
     * one query for all: the pages that offer people to choose from ask who may be chosen.
     */
    @Transactional
    public List<Caller> enabled(Locale locale) {
        Map<String, List<UnitRole>> byUser = new TreeMap<>();
        users.enabledRoles().forEach(r -> byUser.computeIfAbsent(r.getUser().getUsername(), k -> new ArrayList<>()).add(r));
        List<Caller> callers = new ArrayList<>();
        byUser.forEach((username, roles) -> callers.add(new Caller(username, roles.get(0).getUser().getDisplayName(), roles.stream()
                .map(r -> new Caller.Grant(r.getRoleName(), r.getUnit().getId(), r.getUnit().getPath(), r.getUnit().getAgencyType()))
                .toList(), locale)));
        return callers;
    }

    /**
     * The enabled people who see {@code unit}'s matters (a role at it or above): whom a matter of the unit
     * may be given to, those of the unit first, then those of the units above, the nearest first.
     */
    @Transactional
    public List<Caller> seeing(OrgUnit unit, Locale locale) {
        return enabled(locale).stream().filter(p -> p.visibility().sees(unit.getPath()))
                .sorted(Comparator.comparingInt((Caller p) -> -nearest(p, unit))).toList();
    }

    /** How deep the person's nearest unit at or above {@code unit} lies. */
    private static int nearest(Caller person, OrgUnit unit) {
        return person.grants().stream().map(Caller.Grant::unitPath).filter(unit.getPath()::startsWith)
                .mapToInt(String::length).max().orElse(0);
    }

    /** A caller and whether a first or reset password must be replaced before anything else. */
    public record SignedIn(Caller caller, boolean mustChangePassword) {
    }

    /**
     * {@link #forUsername} with the user's password state, from the same one lookup: the API asks both
     * on every call.
     */
    @Transactional
    public SignedIn signedIn(String username, Locale locale) {
        Optional<AppUser> user = users.findByUsername(username).filter(AppUser::isEnabled);
        Caller caller = user.map(u -> new Caller(u.getUsername(), u.getDisplayName(), u.getRoles().stream()
                        .map(r -> new Caller.Grant(r.getRoleName(), r.getUnit().getId(), r.getUnit().getPath(), r.getUnit().getAgencyType()))
                        .toList(), locale))
                .orElseGet(() -> new Caller(username, username, List.of(), locale));
        return new SignedIn(caller, user.map(AppUser::isMustChangePassword).orElse(false));
    }
}
