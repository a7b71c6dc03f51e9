package org.xinfang.core.infrastructure.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        appointments(connection);
        visitPersons(connection);
    }

    private static void appointments(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT id, phone FROM reception_appointment");
             PreparedStatement write = connection.prepareStatement("UPDATE reception_appointment SET phone = ?, phone_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                String phone = rows.getString(2);
                if (done(phone)) {
                    continue;
                }
                write.setString(1, seal(phone));
                write.setString(2, Objects.requireNonNullElse(MatchKeys.ofPhone(phone), ""));
                write.setLong(3, rows.getLong(1));
                pending = add(write, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static void visitPersons(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT visit_id, ordinal, phone, id_number FROM reception_visit_person"
                     + " WHERE (phone IS NOT NULL AND phone <> '') OR (id_number IS NOT NULL AND id_number <> '')");
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE reception_visit_person SET phone = ?, id_number = ? WHERE visit_id = ? AND ordinal = ?")) {
            int pending = 0;
            while (rows.next()) {
                String phone = rows.getString(3);
                String idNumber = rows.getString(4);
                if (done(phone) && done(idNumber)) {
                    continue;
                }
                write.setString(1, seal(clear(phone)));
                write.setString(2, seal(clear(idNumber)));
                write.setLong(3, rows.getLong(1));
                write.setInt(4, rows.getInt(2));
                pending = add(write, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
