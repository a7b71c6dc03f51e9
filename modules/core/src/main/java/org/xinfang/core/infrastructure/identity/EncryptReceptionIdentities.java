package org.xinfang.core.infrastructure.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.api.migration.Context;
import org.xinfang.core.domain.model.encryption.MatchKeys;

/**
 * Core migration 15: encrypts the reception's phones (appointments) and the numbers of the people who
 * came to a visit, written before they were protected; an appointment's phone key, its digits until
 * now, becomes the phone's match key. Values already encrypted are left alone.
 */
public final class EncryptReceptionIdentities extends IdentityColumnsMigration {

    public EncryptReceptionIdentities() {
        super("15", "encrypt reception identities");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        rewrite(connection, "SELECT id, phone FROM reception_appointment",
                "UPDATE reception_appointment SET phone = ?, phone_key = ? WHERE id = ?",
                (row, update) -> {
                    String phone = row.getString(2);
                    if (done(phone)) {
                        return false;
                    }
                    update.setString(1, seal(phone));
                    update.setString(2, Objects.requireNonNullElse(MatchKeys.ofPhone(phone), ""));
                    update.setLong(3, row.getLong(1));
                    return true;
                });
        rewrite(connection, "SELECT visit_id, ordinal, phone, id_number FROM reception_visit_person"
                        + " WHERE (phone IS NOT NULL AND phone <> '') OR (id_number IS NOT NULL AND id_number <> '')",
                "UPDATE reception_visit_person SET phone = ?, id_number = ? WHERE visit_id = ? AND ordinal = ?",
                (row, update) -> {
                    String phone = row.getString(3);
                    String idNumber = row.getString(4);
                    if (done(phone) && done(idNumber)) {
                        return false;
                    }
                    update.setString(1, seal(clear(phone)));
                    update.setString(2, seal(clear(idNumber)));
                    update.setLong(3, row.getLong(1));
                    update.setInt(4, row.getInt(2));
                    return true;
                });
    }
}
