package org.xinfang.core.application.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.xinfang.core.application.kernel.ServerKeys;

/**
 * The key of the receipt hashes: the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT} (the Base64 of at least 128 random bits; every server of a cluster needs the
 * same), else a key file in the server's data directory, written with 256 fresh random bits on the
 * first start. Never in the database, never in the repository: a copy of the database cannot test
 * a code without it.
 */
public final class ReceiptKeys {

    public static final String PROPERTY = "xinfang.receipt.key";
    public static final String ENVIRONMENT = "XINFANG_RECEIPT_KEY";
    static final String FILE_NAME = "xinfang-receipt.key";
    private static final String DATA_DIR = "jboss.server.data.dir";

    private ReceiptKeys() {
    }

    public static byte[] configured() {
        return resolve(System::getProperty, System::getenv);
    }

    static byte[] resolve(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        byte[] given = ServerKeys.given(properties, environment, PROPERTY, ENVIRONMENT, ReceiptKeys::decode);
        if (given != null) {
            return given;
        }
        String dataDir = properties.apply(DATA_DIR);
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalStateException("未配置匿名举报回执码密钥：请以 -D" + PROPERTY + " 或环境变量 " + ENVIRONMENT
                    + " 提供 Base64 密钥 / No receipt key: give one as -D" + PROPERTY + " or " + ENVIRONMENT);
        }
        return fromFile(Path.of(dataDir, FILE_NAME));
    }

    private static byte[] decode(String base64, String source) {
        byte[] key = ServerKeys.base64(base64, source, "回执码密钥", "receipt key");
        if (key.length < 16) {
            throw new IllegalStateException("回执码密钥（" + source + "）至少 128 位 / The receipt key in " + source + " needs at least 128 bits");
        }
        return key;
    }

    /** Reads the key file, or creates it (readable by its owner only) with a fresh key when there is none. */
    static byte[] fromFile(Path file) {
        try {
            return decode(ServerKeys.readOrCreate(file, 32, "receipt"), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("回执码密钥文件不可读写 / The receipt key file cannot be read or written: " + file, e);
        }
    }
}
