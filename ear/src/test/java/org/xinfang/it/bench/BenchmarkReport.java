package org.xinfang.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** What every benchmark in the server reports: which database it ran on, and its lines, printed and kept. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** The database product and version behind {@code dataSource}, as the driver names them. */
    static String database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Prints each line and appends them to {@code ear/target/benchmark-results.txt}. */
    static void publish(List<String> lines) throws IOException {
        lines.forEach(line -> System.out.println("BENCHMARK " + line));
        // In the server its home; in the test JVM (a benchmark run as a client) the suite's property for it.
        Path results = Path.of(System.getProperty("jboss.home.dir", System.getProperty("jboss.home")), "..", "benchmark-results.txt");
        Files.write(results, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
