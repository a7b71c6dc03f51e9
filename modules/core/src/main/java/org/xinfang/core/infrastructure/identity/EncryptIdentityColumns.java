package org.xinfang.core.infrastructure.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * Core migration 13: encrypts the identity and phone numbers of parties written before they were
 * protected, and fills their match keys. A value already in the encrypted form is left alone, so a
 * run cut short can be repeated.
 */
public final class EncryptIdentityColumns extends IdentityColumnsMigration {

    public EncryptIdentityColumns() {
        super("13", "encrypt identity columns");
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
                if (done(idNumber) && done(phone)) {
                    continue;
                }
                String clearId = clear(idNumber);
                String clearPhone = clear(phone);
                write.setString(1, seal(clearId));
                write.setString(2, MatchKeys.ofIdNumber(clearId));
                write.setString(3, seal(clearPhone));
                write.setString(4, MatchKeys.ofPhone(clearPhone));
                write.setLong(5, rows.getLong(1));
                pending = add(write, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
