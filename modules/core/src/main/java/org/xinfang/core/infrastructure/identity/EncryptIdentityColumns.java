package org.xinfang.core.infrastructure.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.xinfang.core.domain.model.encryption.IdentityProtection;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * Core migration 13: encrypts the identity and phone numbers of parties written before they were
 * protected, and fills their match keys. In Java because the key is the server's and never reaches
 * the database. A value already in the encrypted form is left alone, so a run cut short can be
 * repeated. Registered with Flyway by {@code SchemaMigrator} (not found by scanning).
 */
public final class EncryptIdentityColumns implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "encrypt identity columns";
    }

    @Override
    public Integer getChecksum() {
        // No content to checksum: the class is the migration, and it never changes once applied.
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, id_number, phone FROM party"
                     + " WHERE (id_number IS NOT NULL AND id_number <> '') OR (phone IS NOT NULL AND phone <> '')");
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE party SET id_number = ?, id_number_key = ?, phone = ?, phone_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String idNumber = rows.getString(2);
                String phone = rows.getString(3);
                if (encrypted(idNumber) && encrypted(phone)) {
                    continue;
                }
                String clearId = clear(idNumber);
                String clearPhone = clear(phone);
                write.setString(1, seal(clearId));
                write.setString(2, MatchKeys.ofIdNumber(clearId));
                write.setString(3, seal(clearPhone));
                write.setString(4, MatchKeys.ofPhone(clearPhone));
                write.setLong(5, rows.getLong(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static boolean encrypted(String value) {
        return value == null || value.isEmpty() || IdentityCipher.isEncrypted(value);
    }

    private static String clear(String value) {
        return value == null || value.isEmpty() || !IdentityCipher.isEncrypted(value) ? value : IdentityProtection.configured().decrypt(value);
    }

    private static String seal(String clear) {
        return clear == null || clear.isEmpty() ? clear : IdentityProtection.configured().encrypt(clear);
    }
}
