package org.xinfang.core.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeysTest {

    private static final String KEY = Base64.getEncoder().encodeToString("xinfang-unit-test-identity-key-1".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER = Base64.getEncoder().encodeToString("xinfang-unit-test-identity-key-2".getBytes(StandardCharsets.US_ASCII));

    private static byte[] resolve(Map<String, String> properties, Map<String, String> environment) {
        return IdentityKeys.resolve(properties::get, environment::get);
    }

    @Test
    void systemPropertyComesBeforeTheEnvironment() {
        byte[] key = resolve(Map.of(IdentityKeys.PROPERTY, KEY), Map.of(IdentityKeys.ENVIRONMENT, OTHER));
        assertArrayEquals(Base64.getDecoder().decode(KEY), key);
    }

    @Test
    void environmentVariableIsReadWhenNoProperty() {
        assertArrayEquals(Base64.getDecoder().decode(OTHER), resolve(Map.of(), Map.of(IdentityKeys.ENVIRONMENT, OTHER)));
    }

    @Test
    void noKeyRefusesToStartNamingBothWaysToGiveOne() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> resolve(Map.of(), Map.of()));
        assertTrue(refused.getMessage().contains("-D" + IdentityKeys.PROPERTY), refused.getMessage());
        assertTrue(refused.getMessage().contains(IdentityKeys.ENVIRONMENT), refused.getMessage());
        assertTrue(refused.getMessage().startsWith("未配置身份信息加密密钥"), refused.getMessage());
    }

    @Test
    void shortOrGarbledKeyIsRefusedWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException tooShort = assertThrows(IllegalStateException.class, () -> resolve(Map.of(IdentityKeys.PROPERTY, shortKey), Map.of()));
        assertTrue(tooShort.getMessage().contains("128"), tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains(shortKey));
        IllegalStateException garbled = assertThrows(IllegalStateException.class, () -> resolve(Map.of(), Map.of(IdentityKeys.ENVIRONMENT, "*not*base64*")));
        assertTrue(garbled.getMessage().contains("Base64"), garbled.getMessage());
    }

    @Test
    void demoKeyFileIsMadeOnFirstStartAndReusedAfter(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("var").resolve("identity.key");
        byte[] first = resolve(Map.of(IdentityKeys.FILE_PROPERTY, file.toString()), Map.of());
        assertEquals(32, first.length);
        assertTrue(Files.exists(file));
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
        }
        assertArrayEquals(first, resolve(Map.of(IdentityKeys.FILE_PROPERTY, file.toString()), Map.of()), "the second start reads the same key");
        assertArrayEquals(Base64.getDecoder().decode(KEY),
                resolve(Map.of(IdentityKeys.FILE_PROPERTY, file.toString()), Map.of(IdentityKeys.ENVIRONMENT, KEY)),
                "a configured key wins over the demo's file");
    }
}
