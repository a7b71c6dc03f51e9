package org.xinfang.core.infrastructure.identity;

import java.sql.SQLException;
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
        rewrite(context.getConnection(), "SELECT id, id_number, phone FROM party"
                        + " WHERE (id_number IS NOT NULL AND id_number <> '') OR (phone IS NOT NULL AND phone <> '')",
                "UPDATE party SET id_number = ?, id_number_key = ?, phone = ?, phone_key = ? WHERE id = ?",
                (row, update) -> {
                    String idNumber = row.getString(2);
                    String phone = row.getString(3);
                    if (done(idNumber) && done(phone)) {
                        return false;
                    }
                    String clearId = clear(idNumber);
                    String clearPhone = clear(phone);
                    update.setString(1, seal(clearId));
                    update.setString(2, MatchKeys.ofIdNumber(clearId));
                    update.setString(3, seal(clearPhone));
                    update.setString(4, MatchKeys.ofPhone(clearPhone));
                    update.setLong(5, row.getLong(1));
                    return true;
                });
    }
}
