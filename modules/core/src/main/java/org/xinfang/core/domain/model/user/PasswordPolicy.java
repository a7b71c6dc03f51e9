package org.xinfang.core.domain.model.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: long enough, not built on the user name, not one of the passwords everyone
 * tries first (NIST SP 800-63B's rules, rather than demands for a digit and a symbol, which give
 * {@code Xinfang@2026}). The answer is the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The key of the rule {@code password} breaks for {@code username}, or empty when it may be used. */
    public static Optional<String> broken(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (isCommon(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Rows of the keyboard and runs of letters and digits, forwards: a stretch of one is a guess, not a secret. */
    private static final String[] RUNS = {"qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "abcdefghijklmnopqrstuvwxyz", "01234567890", "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0"};

    /**
     * On the list; or on it once the digits and symbols at its end are taken away ({@code password1234});
     * a stretch of a keyboard row or of the alphabet, either way round; or one short piece repeated
     * ({@code abcabcabcabc}).
     */
    private static boolean isCommon(String lower) {
        String stem = lower.replaceAll("[^\\p{L}]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(stem)) {
            return true;
        }
        String backwards = new StringBuilder(lower).reverse().toString();
        for (String run : RUNS) {
            if (run.contains(lower) || run.contains(backwards)) {
                return true;
            }
        }
        return lower.matches("(.{1,4})\\1+");
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/org/xinfang/core/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the core jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
