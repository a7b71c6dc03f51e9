package org.xinfang.core.infrastructure.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.xinfang.core.application.kernel.ServerKeys;

/**
 * Where the identity key comes from: the system property {@value #PROPERTY}, else the environment
 * variable {@value #ENVIRONMENT} (each the Base64 of 256 random bits), else — only where the
 * operator asked for it with {@value #FILE_PROPERTY}, as the embedded demo ({@code -Pstart}) does —
 * a key file, written with a fresh key on the first start. With none of these the server does not
 * start: data written without the key could not be read back, and a made-up key would be lost.
 */
public final class IdentityKeys {

    public static final String PROPERTY = "xinfang.identity.key";
    public static final String ENVIRONMENT = "XINFANG_IDENTITY_KEY";
    public static final String FILE_PROPERTY = "xinfang.identity.keyFile";

    private IdentityKeys() {
    }

    /** The key of this server, from its system properties and environment. */
    public static byte[] configured() {
        return resolve(System::getProperty, System::getenv);
    }

    /** The key from the given properties and environment (apart so that every source can be tested). */
    static byte[] resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        byte[] given = ServerKeys.given(properties, environment, PROPERTY, ENVIRONMENT, IdentityKeys::decode);
        if (given != null) {
            return given;
        }
        String file = properties.apply(FILE_PROPERTY);
        if (file != null && !file.isBlank()) {
            return fromFile(Path.of(file));
        }
        throw new IllegalStateException("未配置身份信息加密密钥，服务器不启动：请以系统属性 -D" + PROPERTY + " 或环境变量 " + ENVIRONMENT
                + " 提供 256 位随机密钥的 Base64（如 openssl rand -base64 32 所生成）。 / No identity encryption key is configured, "
                + "so the server does not start: give the Base64 of a 256-bit random key (openssl rand -base64 32) as the system "
                + "property -D" + PROPERTY + " or the environment variable " + ENVIRONMENT + ".");
    }

    private static byte[] decode(String base64, String source) {
        byte[] key = ServerKeys.base64(base64, source, "身份信息加密密钥", "identity key");
        if (key.length != IdentityCipher.KEY_BYTES) {
            throw new IllegalStateException("身份信息加密密钥（" + source + "）须为 256 位，实为 " + key.length * 8 + " 位 / The identity key in "
                    + source + " must be 256 bits, not " + key.length * 8);
        }
        return key;
    }

    /** Reads the key file, or creates it with a fresh random key (readable by its owner only) when it does not exist. */
    static byte[] fromFile(Path file) {
        try {
            return decode(ServerKeys.readOrCreate(file, IdentityCipher.KEY_BYTES, "identity"), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("身份信息加密密钥文件不可读写 / The identity key file cannot be read or written: " + file, e);
        }
    }
}
