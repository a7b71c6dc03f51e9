package org.xinfang.it.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Loads a benchmark's generated rows on one connection the way the load is best written, then gives the
 * database back as the server runs it.
 *
 * <p>The server's H2 writes each commit to its file before the commit returns ({@code WRITE_DELAY=0}, ADR
 * 0025): a million rows in batches then rewrite the same index pages hundreds of times (100,000 took 433 s
 * where they had taken 7). The load is not what is measured, so H2 writes it with its default delay and
 * gets the server's setting back before anything is measured — checked, else the benchmark stops.
 */
final class BulkLoad {

    /** The rows' writing, on a connection that does not commit by itself. */
    interface Load {
        void into(Connection c) throws Exception;
    }

    private BulkLoad() {
    }

    static void run(DataSource dataSource, Load load) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String writeDelay = h2Setting(c, "WRITE_DELAY");
            if (writeDelay != null) {
                setH2(c, "WRITE_DELAY", "500");
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                load.into(c);
            } finally {
                c.setAutoCommit(autoCommit);
                if (writeDelay != null) {
                    setH2(c, "WRITE_DELAY", writeDelay);
                    if (!writeDelay.equals(h2Setting(c, "WRITE_DELAY"))) {
                        throw new IllegalStateException("H2's WRITE_DELAY was not set back to " + writeDelay
                                + ": what follows would not measure the server's setting");
                    }
                }
            }
        }
    }

    /** The value of one of H2's settings, or null on another database. */
    private static String h2Setting(Connection c, String name) throws Exception {
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return null;
        }
        try (PreparedStatement read = c.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            read.setString(1, name);
            try (ResultSet rs = read.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setH2(Connection c, String name, String value) throws Exception {
        try (Statement set = c.createStatement()) {
            set.execute("SET " + name + " " + Integer.parseInt(value));
        }
    }
}
