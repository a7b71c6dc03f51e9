package org.xinfang.core.infrastructure.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.xinfang.core.domain.model.encryption.IdentityProtection;

/**
 * What the migrations that encrypt stored identity and phone numbers share: their version, and how a
 * stored value is read (clear, or already encrypted by a run cut short) and written. In Java because
 * the key is the server's and never reaches the database; each is handed to Flyway by
 * {@code SchemaMigrator} (not found by scanning).
 */
abstract class IdentityColumnsMigration implements JavaMigration {

    static final int BATCH = 500;

    private final String version;
    private final String description;

    IdentityColumnsMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        // No content to checksum: the class is the migration, and it never changes once applied.
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    /** Nothing to do: no value, or one already encrypted. */
    static boolean done(String value) {
        return value == null || value.isEmpty() || IdentityCipher.isEncrypted(value);
    }

    /** The clear value of a stored one, whichever form it is in. */
    static String clear(String value) {
        return value == null || value.isEmpty() || !IdentityCipher.isEncrypted(value) ? value : IdentityProtection.configured().decrypt(value);
    }

    /** The encrypted form of a clear value; nothing stays nothing. */
    static String seal(String clear) {
        return clear == null || clear.isEmpty() ? clear : IdentityProtection.configured().encrypt(clear);
    }

    /** Sets the update's parameters from one row read; false when the row needs no change. */
    @FunctionalInterface
    interface Rewrite {
        boolean set(ResultSet row, PreparedStatement update) throws SQLException;
    }

    /** Runs {@code update} for every row of {@code select} that {@code rewrite} changes, in batches. */
    static void rewrite(Connection connection, String select, String update, Rewrite rewrite) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                if (rewrite.set(rows, write)) {
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
