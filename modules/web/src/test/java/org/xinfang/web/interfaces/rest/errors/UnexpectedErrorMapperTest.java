package org.xinfang.web.interfaces.rest.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which failures say the database is out of reach or busy (503, try again) and which are the server's own (500). */
class UnexpectedErrorMapperTest {

    @Test
    void aLostConnectionDeepInTheCausesIsTheDatabaseOutOfReach() {
        SQLException lost = new SQLNonTransientConnectionException("Communications link failure", "08S01");
        assertTrue(UnexpectedErrorMapper.databaseUnreachable(new PersistenceException("could not execute", new RuntimeException(lost))));
    }

    @Test
    void connectionStateClass08IsTheDatabaseOutOfReach() {
        assertTrue(UnexpectedErrorMapper.databaseUnreachable(new IllegalStateException(new SQLException("refused", "08001"))));
    }

    @Test
    void otherDatabaseErrorsAndPlainBugsAreNot() {
        assertFalse(UnexpectedErrorMapper.databaseUnreachable(new PersistenceException(new SQLException("duplicate key", "23000"))));
        assertFalse(UnexpectedErrorMapper.databaseUnreachable(new NullPointerException()));
        assertFalse(UnexpectedErrorMapper.databaseUnreachable(new SQLException("no state")));
    }

    @Test
    void aLockTimeoutOrALostDeadlockIsTheDatabaseBusy() {
        // H2's "Timeout trying to lock table", as Hibernate wraps it under many writers of one unit.
        assertTrue(UnexpectedErrorMapper.databaseBusy(new PersistenceException(new SQLException("Timeout trying to lock table", "HYT00", 50200))));
        // MySQL/MariaDB: a deadlock (1213) and a lock wait timeout (1205), SQL state 40001.
        assertTrue(UnexpectedErrorMapper.databaseBusy(new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))));
        assertTrue(UnexpectedErrorMapper.databaseBusy(new jakarta.persistence.LockTimeoutException("lock wait")));
        assertFalse(UnexpectedErrorMapper.databaseBusy(new PersistenceException(new SQLException("duplicate key", "23000"))));
        assertFalse(UnexpectedErrorMapper.databaseBusy(new SQLNonTransientConnectionException("Communications link failure", "08S01")));
        assertFalse(UnexpectedErrorMapper.databaseBusy(new NullPointerException()));
    }
}
