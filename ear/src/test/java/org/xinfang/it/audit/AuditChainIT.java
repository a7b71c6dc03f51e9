package org.xinfang.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.audit.AuditCheckpoints;
import org.xinfang.core.application.audit.AuditVerifier;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditEvent;
import org.xinfang.core.domain.model.audit.AuditProblem;
import org.xinfang.core.domain.model.audit.AuditVerification;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The audit log proves itself on the database it runs on: every event the demo data and the tests
 * before wrote verifies from its stored row (times, Chinese details and all); a row changed, deleted,
 * inserted or moved behind the log's back, the newest events cut off, a chain rewound with its head,
 * a checkpoint changed — each is found, and the first bad row named. Writers to different chains do not
 * wait for each other. Each tampering is undone at once. Runs inside the server.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({Api.class, Answer.class, TestAudit.class})
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    TestAudit events;

    @Resource(lookup = "java:jboss/datasources/XinfangDS")
    DataSource database;

    private AuditVerification verify() {
        return verifier.verify("it-audit");
    }

    private void assertIntact(String why) {
        AuditVerification v = verify();
        assertTrue(v.isIntact(), why + ": " + v.getProblem() + " at " + v.getFirstBadId() + " (" + v.getDetail() + ")");
    }

    private static void assertFound(AuditProblem problem, long id, AuditVerification v) {
        assertFalse(v.isIntact(), "found: " + problem);
        assertEquals(problem, v.getProblem(), v.getDetail());
        assertEquals(id, v.getFirstBadId(), v.getProblem() + " " + v.getDetail());
    }

    @Test
    void theLogAsWrittenVerifiesAndAChangedEventIsNamed() throws SQLException {
        Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("审计链：含中文、标点“引号”与 emoji 😀")));
        AuditVerification v = verify();
        assertTrue(v.isIntact(), "the log as written verifies: " + v.getProblem() + " at " + v.getFirstBadId());
        assertTrue(v.getEventsChecked() > 0);

        AuditEvent e = events.record(TestAudit.onChain(5), "原文");
        try (Connection sql = database.getConnection()) {
            execute(sql, "UPDATE audit_event SET detail = ? WHERE id = ?", "原文（已篡改）", e.getId());
            try {
                assertFound(AuditProblem.CHANGED, e.getId(), verify());
            } finally {
                execute(sql, "UPDATE audit_event SET detail = ? WHERE id = ?", "原文", e.getId());
            }
        }
        assertIntact("restored");
    }

    @Test
    void anEventDeletedFromTheMiddleOrTwoEventsSwappedAreFound() throws SQLException {
        String id = TestAudit.onChain(6);
        AuditEvent first = events.record(id, "第一");
        AuditEvent second = events.record(id, "第二");
        AuditEvent third = events.record(id, "第三");
        try (Connection sql = database.getConnection()) {
            Object[] row = read(sql, second.getId());
            execute(sql, "DELETE FROM audit_event WHERE id = ?", second.getId());
            try {
                assertFound(AuditProblem.BROKEN_LINK, third.getId(), verify());
            } finally {
                insert(sql, row);
            }
            assertIntact("the deleted event put back");

            Object[] one = read(sql, first.getId());
            Object[] two = read(sql, second.getId());
            overwrite(sql, first.getId(), two);
            overwrite(sql, second.getId(), one);
            try {
                assertFound(AuditProblem.BROKEN_LINK, first.getId(), verify());
            } finally {
                overwrite(sql, first.getId(), one);
                overwrite(sql, second.getId(), two);
            }
        }
        assertIntact("the swapped events put back");
    }

    @Test
    void anEventInsertedOrMovedToAnotherChainIsFound() throws SQLException {
        AuditEvent last = events.record(TestAudit.onChain(7), "真实");
        // A forgery that hashes right and links to the chain's last event: only the head knows better.
        AuditEvent forged = new AuditEvent(7, last.getOccurredAt(), "intruder", "CASE_CLOSED", "Case", "1", null, "伪造", last.getHash());
        try (Connection sql = database.getConnection()) {
            long forgedId = last.getId() + 1_000_000;
            insert(sql, new Object[] {forgedId, forged.getOccurredAt(), forged.getActor(), forged.getAction(), forged.getEntityType(),
                    forged.getEntityId(), null, forged.getDetail(), forged.getPreviousHash(), forged.getHash(), 7});
            try {
                assertFound(AuditProblem.AFTER_HEAD, forgedId, verify());
            } finally {
                execute(sql, "DELETE FROM audit_event WHERE id = ?", forgedId);
            }
            assertIntact("the forgery removed");

            events.record(TestAudit.onChain(9), "链上已有事件");
            events.record(TestAudit.onChain(8), "链上已有事件");
            AuditEvent moved = events.record(TestAudit.onChain(8), "换链");
            execute(sql, "UPDATE audit_event SET chain_no = 9 WHERE id = ?", moved.getId());
            try {
                assertFound(AuditProblem.BROKEN_LINK, moved.getId(), verify());
            } finally {
                execute(sql, "UPDATE audit_event SET chain_no = 8 WHERE id = ?", moved.getId());
            }
        }
        assertIntact("the event back on its chain");
    }

    @Test
    void theNewestEventsCutOffAreFoundAndAChainRewoundWithItsHeadByTheCheckpoint() throws SQLException {
        String id = TestAudit.onChain(10);
        events.record(id, "较早");
        events.record(id, "最新");
        AuditCheckpoint sealed = checkpoints.seal();
        try (Connection sql = database.getConnection()) {
            long newest = single(sql, "SELECT MAX(id) FROM audit_event WHERE chain_no = 10");
            long before = single(sql, "SELECT MAX(id) FROM audit_event WHERE chain_no = 10 AND id < " + newest);
            Object[] row = read(sql, newest);
            Object[] earlier = read(sql, before);
            execute(sql, "DELETE FROM audit_event WHERE id = ?", newest);
            try {
                assertFound(AuditProblem.HEAD_MISSING, newest, verify());
                execute(sql, "UPDATE audit_chain_head SET last_hash = ?, last_event_id = ? WHERE id = 10", earlier[9], before);
                assertFound(AuditProblem.CHECKPOINT_MISMATCH, newest, verify());
            } finally {
                insert(sql, row);
                execute(sql, "UPDATE audit_chain_head SET last_hash = ?, last_event_id = ? WHERE id = 10", row[9], newest);
            }
            assertIntact("the cut-off events put back");

            execute(sql, "UPDATE audit_checkpoint SET heads = REPLACE(heads, ?, ?) WHERE id = ?", newest + ":", before + ":", sealed.getId());
            try {
                assertFound(AuditProblem.CHECKPOINT_CHANGED, sealed.getId(), verify());
            } finally {
                execute(sql, "UPDATE audit_checkpoint SET heads = REPLACE(heads, ?, ?) WHERE id = ?", before + ":", newest + ":", sealed.getId());
            }
        }
        assertIntact("the checkpoint put back");
    }

    @Test
    void aWriterOnOneChainDoesNotWaitForAnOpenTransactionOnAnother() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<AuditEvent> held = threads.submit(() -> events.recordAndHold(TestAudit.onChain(11), recorded, release));
            assertTrue(recorded.await(30, TimeUnit.SECONDS), "the first writer recorded");
            // With one head row for the whole log this waited for the first writer's commit (or its lock timeout).
            Future<AuditEvent> other = threads.submit(() -> events.record(TestAudit.onChain(12), "另一条链"));
            AuditEvent written = other.get(30, TimeUnit.SECONDS);
            assertEquals(12, written.getChainNo());
            assertFalse(held.isDone(), "written while the other chain's transaction was still open");
            release.countDown();
            assertEquals(11, held.get(30, TimeUnit.SECONDS).getChainNo());
        } finally {
            release.countDown();
            threads.shutdown();
        }
        assertIntact("both chains");
    }

    @Test
    void administratorsVerifyAndSealThroughTheApiOthersMayNot() {
        Answer verified = Api.post(Api.ADMIN, "/admin/audit/verify", jakarta.json.Json.createObjectBuilder().build());
        assertEquals(200, verified.status(), verified.toString());
        assertTrue(verified.json().getBoolean("intact"), verified.toString());
        assertTrue(verified.json().getJsonNumber("eventsChecked").longValue() > 0);
        java.util.List<Long> listed = Api.get(Api.ADMIN, "/admin/audit/verifications").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(v -> v.getJsonNumber("id").longValue()).toList();
        assertTrue(listed.contains(verified.json().getJsonNumber("id").longValue()), listed.toString());
        assertEquals(listed.stream().sorted(java.util.Comparator.reverseOrder()).toList(), listed, "the newest first");
        Answer sealed = Api.post(Api.ADMIN, "/admin/audit/checkpoints", jakarta.json.Json.createObjectBuilder().build());
        assertEquals(200, sealed.status(), sealed.toString());
        assertEquals(AuditEvent.CHAINS, sealed.json().getInt("chains"));
        Answer refused = Api.post(Api.CY_LEADER, "/admin/audit/verify", jakarta.json.Json.createObjectBuilder().build());
        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("message").contains("审计"), "the refusal names the audit: " + refused);
        assertEquals(403, Api.get(Api.CY_CLERK, "/admin/audit/verifications").status());
    }

    private static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, unit_id, detail, prev_hash, hash, chain_no";

    private static Object[] read(Connection sql, long id) throws SQLException {
        try (PreparedStatement q = sql.prepareStatement("SELECT " + COLUMNS + " FROM audit_event WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "event " + id);
                Object[] row = new Object[11];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private static void insert(Connection sql, Object[] row) throws SQLException {
        execute(sql, "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
    }

    /** Gives the event {@code id} every column of {@code row} but its id. */
    private static void overwrite(Connection sql, long id, Object[] row) throws SQLException {
        execute(sql, "UPDATE audit_event SET occurred_at = ?, actor = ?, action = ?, entity_type = ?, entity_id = ?, unit_id = ?, detail = ?,"
                + " prev_hash = ?, hash = ?, chain_no = ? WHERE id = ?", row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                row[10], id);
    }

    private static long single(Connection sql, String query) throws SQLException {
        try (PreparedStatement q = sql.prepareStatement(query); ResultSet r = q.executeQuery()) {
            assertTrue(r.next());
            return r.getLong(1);
        }
    }

    private static void execute(Connection sql, String statement, Object... values) throws SQLException {
        try (PreparedStatement s = sql.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            assertEquals(1, s.executeUpdate(), statement);
        }
    }
}
