package org.xinfang.web.interfaces.rest.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures say the database is out of reach (503, try again) and which are the server's own (500). */
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
}
