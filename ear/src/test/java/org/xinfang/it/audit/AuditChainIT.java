package org.xinfang.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.kernel.AuditLog;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The audit log's hash chain holds on the database it runs on: every event the demo data and the
 * tests before this one wrote verifies (times, Chinese details and all, as the database gives them
 * back), and an event changed behind the log's back is found by its id. Runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AuditChainIT.class, Api.class, Answer.class);
    }

    @Inject
    AuditLog audit;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource database;

    @Test
    void theChainVerifiesAndAChangedEventIsFound() throws SQLException {
        Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("审计链：含中文、标点“引号”与 emoji 😀")));
        assertEquals(Optional.empty(), audit.verify(), "the chain as written verifies");

        try (Connection sql = database.getConnection()) {
            long last;
            String detail;
            try (PreparedStatement latest = sql.prepareStatement("SELECT id, detail FROM audit_event ORDER BY id DESC");
                 ResultSet row = latest.executeQuery()) {
                assertTrue(row.next(), "there are events");
                last = row.getLong(1);
                detail = row.getString(2);
            }
            update(sql, last, detail + "（已篡改）");
            try {
                assertEquals(Optional.of(last), audit.verify(), "the changed event is found");
            } finally {
                update(sql, last, detail);
            }
        }
        assertEquals(Optional.empty(), audit.verify(), "restored, the chain verifies again");
    }

    private static void update(Connection sql, long id, String detail) throws SQLException {
        try (PreparedStatement change = sql.prepareStatement("UPDATE audit_event SET detail = ? WHERE id = ?")) {
            change.setString(1, detail);
            change.setLong(2, id);
            assertEquals(1, change.executeUpdate());
        }
    }
}
