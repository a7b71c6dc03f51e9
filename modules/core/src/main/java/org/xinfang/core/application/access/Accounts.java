package org.xinfang.core.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.RoleDeclaration;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.access.ApiTokenRepository;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;
import org.xinfang.core.domain.model.user.CoreRoles;
import org.xinfang.core.domain.model.user.PasswordPolicy;
import org.xinfang.core.infrastructure.security.Passwords;

/**
 * The accounts of the installation, run by an administrator without touching the database: people are
 * created with a first password they must replace at sign-in, given and relieved of roles per unit,
 * disabled and enabled, their passwords reset. Everyone changes their own password under
 * {@link PasswordPolicy}. Every change is audited; no answer carries a password or its hash.
 */
@ApplicationScoped
public class Accounts {

    /** Lower-case letters, digits, dot, hyphen and underscore, as the demo's {@code cy.clerk}. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Inject
    private AppUserRepository users;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private AuditLog audit;

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private Clock clock;

    /** A person to create: their first role in one unit, and the first password they will replace. */
    public record NewAccount(String username, String displayName, String email, String password, Long unitId, String role) {
    }

    /**
     * The caller replaces their own password.
     *
     * @throws InvalidInputException naming {@code currentPassword} when it is wrong, {@code newPassword} when
     *                               it breaks the policy or is the current one
     */
    @Transactional
    public AppUser changeOwnPassword(Caller caller, String current, String next) {
        AppUser user = users.findByUsername(caller.username()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new NotPermittedException(Messages.get(caller.locale(), "account.notFound", caller.username())));
        List<FieldProblem> missing = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            missing.add(problem(caller, "currentPassword", "password.required"));
        }
        if (next == null || next.isEmpty()) {
            missing.add(problem(caller, "newPassword", "password.required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        if (!Passwords.matches(current, user.getPasswordHash())) {
            throw InvalidInputException.of("currentPassword", Messages.get(caller.locale(), "password.currentWrong"));
        }
        requireGood(caller, "newPassword", user.getUsername(), next);
        if (Passwords.matches(next, user.getPasswordHash())) {
            throw InvalidInputException.of("newPassword", Messages.get(caller.locale(), "password.same"));
        }
        user.passwordChosen(Passwords.hash(next), LocalDateTime.now(clock));
        audit.record(caller.username(), CoreAuditAction.PASSWORD_CHANGED, "AppUser", user.getUsername(), null, user.getUsername());
        return user;
    }

    /**
     * What a signed-in browser session of {@code username} must still find to go on: empty once the
     * account is disabled, and a different value once its password is set again (reset by an
     * administrator, or changed by the user), so that the sessions signed in before end.
     */
    @Transactional
    public Optional<String> sessionKey(String username) {
        // A digest of the password's hash: every hash has a salt of its own, so any new password changes
        // it, however close in time the two were set (a time stamp compared equal where the database kept
        // less of it); the session holds no part of the hash itself.
        return users.enabledPasswordHash(username).map(ApiTokens::hash);
    }

    /** Whether {@code username} signed in with a first or reset password that must be replaced first. */
    @Transactional
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** Every account with its roles, by user name (administrators only). */
    @Transactional
    public List<AppUser> all(Caller admin) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        return users.allWithRoles();
    }

    /** One account with its roles (administrators only). */
    @Transactional
    public AppUser one(Caller admin, String username) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        return existing(admin, username);
    }

    /**
     * Creates an account with its first role and a first password it must replace at sign-in.
     *
     * @throws InvalidInputException naming every field at fault (a taken user name included)
     */
    @Transactional
    public AppUser create(Caller admin, NewAccount input) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        List<FieldProblem> problems = new ArrayList<>();
        String username = input.username() == null ? "" : input.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(problem(admin, "username", "account.username.invalid"));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(problem(admin, "username", "account.username.taken", username));
        }
        String displayName = input.displayName() == null ? "" : input.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 64) {
            problems.add(problem(admin, "displayName", "account.displayName.invalid", 64));
        }
        String email = input.email() == null || input.email().isBlank() ? null : input.email().strip();
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(problem(admin, "email", "account.email.invalid"));
        }
        PasswordPolicy.broken(username, input.password()).ifPresent(key -> problems.add(problem(admin, "password", key, PasswordPolicy.MIN_LENGTH)));
        OrgUnit unit = input.unitId() == null ? null : units.find(input.unitId()).orElse(null);
        if (input.unitId() == null) {
            problems.add(problem(admin, "unitId", "account.unit.required"));
        } else if (unit == null) {
            problems.add(problem(admin, "unitId", "account.unit.unknown", String.valueOf(input.unitId())));
        }
        if (input.role() == null || input.role().isBlank()) {
            problems.add(problem(admin, "role", "account.role.required"));
        } else if (unit != null && !rolesOf(unit).contains(input.role())) {
            problems.add(problem(admin, "role", "account.role.unknown", input.role(), unit.getName(), roleList(admin, unit)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AppUser user = new AppUser(username, displayName, Passwords.hash(input.password()), email, now);
        user.passwordIssued(user.getPasswordHash(), now);
        user.grant(input.role(), unit);
        users.add(user);
        audit.record(admin.username(), CoreAuditAction.USER_CREATED, "AppUser", username, unit.getId(),
                displayName + " · " + input.role() + " @ " + unit.getName());
        return user;
    }

    /**
     * Gives {@code role} in {@code unitId} to the account.
     *
     * @throws InvalidInputException for an unknown unit, a role the unit does not know, or one already held there
     */
    @Transactional
    public AppUser grant(Caller admin, String username, Long unitId, String role) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        AppUser user = existing(admin, username);
        OrgUnit unit = roleIn(admin, unitId, role);
        if (user.holds(role, unit)) {
            throw InvalidInputException.of("role", Messages.get(admin.locale(), "account.role.held", user.getDisplayName(),
                    plugins.roleLabel(role, admin.locale()), unit.getName()));
        }
        user.grant(role, unit);
        audit.record(admin.username(), CoreAuditAction.ROLE_GRANTED, "AppUser", username, unit.getId(), role + " @ " + unit.getName());
        return user;
    }

    /**
     * Takes {@code role} in {@code unitId} from the account. An administrator cannot take their own
     * administration away (someone must be left to run the installation), and an account keeps at
     * least one role: without one it could sign in to pages of nothing and belong to no unit, so the
     * way to end someone's work here is to disable the account, which also stops its tokens.
     */
    @Transactional
    public AppUser revoke(Caller admin, String username, Long unitId, String role) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        AppUser user = existing(admin, username);
        OrgUnit unit = unitOf(admin, unitId);
        if (role == null || role.isBlank()) {
            throw InvalidInputException.of("role", Messages.get(admin.locale(), "account.role.required"));
        }
        if (CoreRoles.ADMIN.equals(role) && admin.username().equals(username)) {
            throw new NotPermittedException(Messages.get(admin.locale(), "account.self.revokeAdmin"));
        }
        if (user.getRoles().size() == 1 && user.holds(role, unit)) {
            throw new NotPermittedException(Messages.get(admin.locale(), "account.role.last", user.getDisplayName()));
        }
        if (!user.revoke(role, unit)) {
            throw new RecordNotFoundException(Messages.get(admin.locale(), "account.role.notHeld", user.getDisplayName(),
                    plugins.roleLabel(role, admin.locale()), unit.getName()));
        }
        audit.record(admin.username(), CoreAuditAction.ROLE_REVOKED, "AppUser", username, unit.getId(), role + " @ " + unit.getName());
        return user;
    }

    /**
     * Disables or enables the account; a disabled account cannot sign in, its tokens stop working and its
     * open browser sessions end at their next request ({@link #sessionKey}).
     */
    @Transactional
    public AppUser setEnabled(Caller admin, String username, boolean enabled) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        if (!enabled && admin.username().equals(username)) {
            throw new NotPermittedException(Messages.get(admin.locale(), "account.self.disable"));
        }
        AppUser user = existing(admin, username);
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            if (!enabled) {
                // For good: enabling the account again must not bring back tokens that may have leaked with it.
                tokens.revokeAll(user, LocalDateTime.now(clock));
            }
            audit.record(admin.username(), enabled ? CoreAuditAction.USER_ENABLED : CoreAuditAction.USER_DISABLED, "AppUser", username, null,
                    user.getDisplayName());
        }
        return user;
    }

    /** Sets a temporary password, which the user must replace at their next sign-in; the open browser sessions end ({@link #sessionKey}). */
    @Transactional
    public AppUser resetPassword(Caller admin, String username, String temporary) {
        NotPermittedException.unlessAdmin(admin, "account.adminOnly");
        AppUser user = existing(admin, username);
        requireGood(admin, "password", username, temporary);
        user.passwordIssued(Passwords.hash(temporary), LocalDateTime.now(clock));
        audit.record(admin.username(), CoreAuditAction.PASSWORD_RESET, "AppUser", username, null, user.getDisplayName());
        return user;
    }

    /** The roles a unit knows: the core's and those of its agency's plugin. */
    public Set<String> rolesOf(OrgUnit unit) {
        Set<String> roles = CoreRoles.ALL.stream().map(RoleDeclaration::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        plugins.find(unit.getAgencyType()).ifPresent(p -> p.agencyType().roles().forEach(r -> roles.add(r.name())));
        return roles;
    }

    private OrgUnit roleIn(Caller admin, Long unitId, String role) {
        OrgUnit unit = unitOf(admin, unitId);
        if (role == null || role.isBlank()) {
            throw InvalidInputException.of("role", Messages.get(admin.locale(), "account.role.required"));
        }
        if (!rolesOf(unit).contains(role)) {
            throw InvalidInputException.of("role", Messages.get(admin.locale(), "account.role.unknown", role, unit.getName(), roleList(admin, unit)));
        }
        return unit;
    }

    private OrgUnit unitOf(Caller admin, Long unitId) {
        if (unitId == null) {
            throw InvalidInputException.of("unitId", Messages.get(admin.locale(), "account.unit.required"));
        }
        return units.find(unitId).orElseThrow(() -> InvalidInputException.of("unitId",
                Messages.get(admin.locale(), "account.unit.unknown", String.valueOf(unitId))));
    }

    /** The unit's roles as the administrator reads them: 登记员 (CLERK), 承办人 (HANDLER), and so on. */
    private String roleList(Caller admin, OrgUnit unit) {
        return rolesOf(unit).stream().map(r -> plugins.roleLabel(r, admin.locale()) + " (" + r + ")").collect(Collectors.joining(", "));
    }

    private AppUser existing(Caller admin, String username) {
        if (username == null || username.isBlank()) {
            throw InvalidInputException.of("username", Messages.get(admin.locale(), "account.username.required"));
        }
        return users.findByUsername(username)
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(admin.locale(), "account.notFound", username)));
    }

    private void requireGood(Caller caller, String field, String username, String password) {
        PasswordPolicy.broken(username, password).ifPresent(key -> {
            throw InvalidInputException.of(field, Messages.get(caller.locale(), key, PasswordPolicy.MIN_LENGTH));
        });
    }

    private static FieldProblem problem(Caller caller, String field, String key, Object... args) {
        return new FieldProblem(field, Messages.get(caller.locale(), key, args));
    }
}
