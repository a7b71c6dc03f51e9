package org.xinfang.core.infrastructure.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinfang.core.domain.model.encryption.IdentityProtection;
import org.xinfang.core.domain.model.encryption.MatchKeys;
import org.xinfang.core.infrastructure.migration.SchemaMigrator;

/**
 * Rows written before identities were protected come out of the migrations encrypted, with their
 * match keys, and readable under the server's key; rows already encrypted stay as they are.
 * Runs under the core module's fixed test key.
 */
class EncryptIdentityColumnsTest {

    private static final String URL = "jdbc:h2:mem:encrypt_identities;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";

    private static Connection connection;

    @BeforeAll
    static void schema() throws SQLException {
        connection = DriverManager.getConnection(URL, "sa", "");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        new SchemaMigrator(dataSource, EncryptIdentityColumnsTest.class.getClassLoader()).migrate(List.of());
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO org_unit (id, code, name, short_name, unit_level, agency_type, path) VALUES (901, 'U901', '测试', '测', 'COUNTY', 'general', '/901/')");
            sql.execute("INSERT INTO xf_case (id, case_number, unit_id, number_unit_id, case_year, case_seq, agency_type, channel, subject, content, category, status, received_on, created_at, created_by, updated_at, updated_by) "
                    + "VALUES (9001, '测〔2026〕第00001号', 901, 901, 2026, 1, 'general', 'VISIT', '事由', '内容', '其他', 'registered', DATE '2026-11-01', TIMESTAMP '2026-11-01 09:00:00', 'a', TIMESTAMP '2026-11-01 09:00:00', 'a')");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void clearRowsAreEncryptedWithTheirMatchKeysAndEncryptedOnesLeftAlone() throws Exception {
        String alreadyDone = IdentityProtection.configured().encrypt("13700000000");
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO party (id, case_id, party_role, name, id_number, phone, ordinal) VALUES "
                    + "(1, 9001, 'PETITIONER', '王秀英', '37078119680512237x', '139-0536-1234', 0), "
                    + "(2, 9001, 'REPRESENTATIVE', '李四', NULL, '', 1), "
                    + "(3, 9001, 'REPRESENTATIVE', '赵六', NULL, '" + alreadyDone + "', 2)");
        }

        new EncryptIdentityColumns().migrate(context());

        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT id, id_number, id_number_key, phone, phone_key FROM party ORDER BY id")) {
            rs.next();
            assertTrue(IdentityCipher.isEncrypted(rs.getString("id_number")), rs.getString("id_number"));
            assertTrue(IdentityCipher.isEncrypted(rs.getString("phone")), rs.getString("phone"));
            assertEquals("37078119680512237x", IdentityProtection.configured().decrypt(rs.getString("id_number")), "the value is kept as written");
            assertEquals("139-0536-1234", IdentityProtection.configured().decrypt(rs.getString("phone")));
            assertEquals(MatchKeys.ofIdNumber("37078119680512237X"), rs.getString("id_number_key"), "the key is of the normalised value");
            assertEquals(MatchKeys.ofPhone("13905361234"), rs.getString("phone_key"));

            rs.next();
            assertNull(rs.getString("id_number"));
            assertEquals("", rs.getString("phone"), "nothing to hide stays as it was");

            rs.next();
            assertEquals(alreadyDone, rs.getString("phone"), "an encrypted value is not encrypted twice");
        }
    }

    @Test
    void receptionPhonesAndVisitorsNumbersAreEncryptedAndTheAppointmentsKeyBecomesAMatchKey() throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO reception_appointment (id, unit_id, petitioner_name, phone, phone_key, matter, head_count, status) "
                    + "VALUES (801, 901, '王喆', '139-1234-5678', '13912345678', '拖欠工资', 1, 'APPLIED')");
            sql.execute("INSERT INTO reception_visit (id, unit_id, kind, leader_username, held_on, place, head_count, request, recorded_by, recorded_at) "
                    + "VALUES (701, 901, 'SCHEDULED', 'leader', DATE '2026-11-02', '接待室', 2, '反映拖欠工资', 'clerk', TIMESTAMP '2026-11-02 10:00:00')");
            sql.execute("INSERT INTO reception_visit_person (visit_id, ordinal, name, phone, id_number) VALUES "
                    + "(701, 0, '王喆', '13912345678', '37078119680512237X'), (701, 1, '李四', NULL, NULL)");
        }

        new EncryptReceptionIdentities().migrate(context());

        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT phone, phone_key FROM reception_appointment WHERE id = 801")) {
            rs.next();
            assertTrue(IdentityCipher.isEncrypted(rs.getString("phone")), rs.getString("phone"));
            assertEquals("139-1234-5678", IdentityProtection.configured().decrypt(rs.getString("phone")));
            assertEquals(MatchKeys.ofPhone("13912345678"), rs.getString("phone_key"), "the digits are gone, the match key stands in");
        }
        try (Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT phone, id_number FROM reception_visit_person WHERE visit_id = 701 ORDER BY ordinal")) {
            rs.next();
            assertEquals("13912345678", IdentityProtection.configured().decrypt(rs.getString("phone")));
            assertEquals("37078119680512237X", IdentityProtection.configured().decrypt(rs.getString("id_number")));
            rs.next();
            assertNull(rs.getString("phone"));
            assertNull(rs.getString("id_number"));
        }
    }

    private static Context context() {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
