package org.xinfang.core.application.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret key kept in a file of the server's: read, or written with fresh random bits on the first
 * start. One piece for the identity key and the receipt key, so that both are created the same safe
 * way — readable by the owner only, and never half-written when two servers start on one directory.
 */
public final class KeyFiles {

    private KeyFiles() {
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
