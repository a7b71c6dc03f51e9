package org.xinfang.core.application.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A secret key of the server's, the one way for the identity key and the receipt key: given as a
 * system property, else an environment variable, as Base64; or kept in a file of the server's, read,
 * or written with fresh random bits on the first start — readable by the owner only, and never
 * half-written when two servers start on one directory. Each key keeps its own names, length rule and
 * what happens when none is given.
 */
public final class ServerKeys {

    private ServerKeys() {
    }

    /**
     * The key given as the system property {@code property}, else as the environment variable
     * {@code variable}, read by {@code decode} (its text and where it came from: {@code -Dproperty}
     * or the variable's name); null when neither is given.
     */
    public static byte[] given(UnaryOperator<String> properties, UnaryOperator<String> environment, String property, String variable,
            BiFunction<String, String, byte[]> decode) {
        String value = properties.apply(property);
        if (value != null && !value.isBlank()) {
            return decode.apply(value, "-D" + property);
        }
        value = environment.apply(variable);
        if (value != null && !value.isBlank()) {
            return decode.apply(value, variable);
        }
        return null;
    }

    /** The bytes of {@code base64} (from {@code source}); refused, naming the key ({@code zh}, {@code en}) and the source, when it is not Base64. */
    public static byte[] base64(String base64, String source, String zh, String en) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(zh + "（" + source + "）不是 Base64 / The " + en + " in " + source + " is not Base64");
        }
    }

    /**
     * The Base64 text of {@code file}, first writing {@code freshBytes} random bytes into it when it
     * does not exist ({@code prefix} names the temporary file written beside it).
     */
    public static String readOrCreate(Path file, int freshBytes, String prefix) throws IOException {
        if (Files.notExists(file)) {
            byte[] fresh = new byte[freshBytes];
            new SecureRandom().nextBytes(fresh);
            create(file, Base64.getEncoder().encodeToString(fresh) + "\n", prefix);
        }
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    private static void create(Path file, String content, String prefix) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, prefix, ".key");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's access rules.
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            // Two servers starting at once on one directory: the first key wins, the second reads it.
            Files.move(temp, file);
        } catch (FileAlreadyExistsException otherWasFirst) {
            Files.deleteIfExists(temp);
        }
    }
}
