package org.xinfang.core.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.core.application.kernel.CoreAuditAction;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.domain.model.access.ApiToken;
import org.xinfang.core.domain.model.access.ApiTokenRepository;
import org.xinfang.core.domain.model.user.AppUser;
import org.xinfang.core.domain.model.user.AppUserRepository;

/**
 * Issues, checks and revokes API tokens. A client signs in once with its password and gets a token
 * of 256 random bits; later calls carry the token, which is checked by its SHA-256 — a lookup, not a
 * bcrypt check of 60 ms. The token is shown once, at issue; the database keeps only the hash.
 */
@ApplicationScoped
public class ApiTokens {

    /** The prefix that makes a leaked token recognisable for what it is (secret scanners look for such). */
    public static final String PREFIX = "xft_";

    public static final int DEFAULT_DAYS = 30;

    public static final int MAX_DAYS = 365;

    private static final int TOKEN_BYTES = 32;

    private static final int MAX_LABEL = 100;

    private final SecureRandom random = new SecureRandom();

    @Inject
    private ApiTokenRepository tokens;

    @Inject
    private AppUserRepository users;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** A token just issued: its text, which is never shown again, and its record. */
    public record Issued(String token, ApiToken record) {
    }

    /**
     * Issues a token to the caller for {@code days} (null: {@value #DEFAULT_DAYS}).
     *
     * @throws InvalidInputException for a missing or overlong label or days outside 1–{@value #MAX_DAYS}
     */
    @Transactional
    public Issued issue(Caller caller, String label, Integer days) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty()) {
            throw InvalidInputException.of("label", Messages.get(caller.locale(), "token.label.required"));
        }
        if (name.length() > MAX_LABEL) {
            throw InvalidInputException.of("label", Messages.get(caller.locale(), "token.label.size", MAX_LABEL));
        }
        int lifetime = days == null ? DEFAULT_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            throw InvalidInputException.of("days", Messages.get(caller.locale(), "token.days.range", MAX_DAYS));
        }
        AppUser user = users.findByUsername(caller.username()).filter(AppUser::isEnabled)
                .orElseThrow(() -> InvalidInputException.of("user", Messages.get(caller.locale(), "token.user.unknown")));
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = LocalDateTime.now(clock);
        ApiToken stored = tokens.add(new ApiToken(user, hash(token), name, now, now.plusDays(lifetime)));
        audit.record(caller.username(), CoreAuditAction.API_TOKEN_ISSUED, "ApiToken", stored.getId(), null,
                name + " · " + stored.getExpiresAt().toLocalDate());
        return new Issued(token, stored);
    }

    /** The user a token admits now, or empty for an unknown, expired or revoked token or a disabled user. */
    @Transactional
    public Optional<String> admit(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.findByHash(hash(token)).filter(t -> t.admits(now)).map(t -> {
            t.usedAt(now);
            return t.getUser().getUsername();
        });
    }

    /** The caller's tokens, newest first (never their text). */
    @Transactional
    public List<ApiToken> mine(Caller caller) {
        return tokens.ofUser(caller.username());
    }

    /**
     * Revokes one of the caller's tokens; calls carrying it are refused from now on.
     *
     * @throws RecordNotFoundException for a token that is not the caller's
     */
    @Transactional
    public ApiToken revoke(Caller caller, long id) {
        ApiToken token = tokens.findOfUser(id, caller.username())
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(caller.locale(), "token.notFound", id)));
        if (token.getRevokedAt() == null) {
            token.revoke(LocalDateTime.now(clock));
            audit.record(caller.username(), CoreAuditAction.API_TOKEN_REVOKED, "ApiToken", id, null, token.getLabel());
        }
        return token;
    }

    /** SHA-256 of {@code token} in hex: how a token is kept, and how a session keys the password it signed in with. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
