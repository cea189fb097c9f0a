package app.ballast.web.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded default keeps every record across a stop and a start. */
class EmbeddedDatabaseTest {

    private final Path home = Path.of("target", "test-mariadb", "restart-" + ProcessHandle.current().pid())
            .toAbsolutePath();

    @AfterEach
    void removeData() throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> walk = Files.walk(home)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void recordsSurviveARestartOfTheServer() throws SQLException {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(home, 0);
             Connection c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.USER, first.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY, amount DECIMAL(38,18) NOT NULL)");
            s.execute("INSERT INTO kept VALUES (1, 0.000000000000000001)");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(home, 0);
             Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, second.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT amount FROM kept WHERE id = 1")) {
            assertTrue(rs.next(), "the row written before the restart is still there");
            assertEquals("0.000000000000000001", rs.getBigDecimal(1).toPlainString());
        }
    }

    @Test
    void rootNeedsTheGeneratedPasswordAndAnonymousAccountsAreGone() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(home, 0)) {
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, ""));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), "root", ""));
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), "", ""));
            Path file = home.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertEquals(db.password(), Files.readString(file).trim());
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
            assertEquals(48, db.password().length());
        }
    }

    @Test
    void refusesADataDirectoryInsideTheTempDirectory() {
        Path insideTmp = Path.of(System.getProperty("java.io.tmpdir"), "ballast-data");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbeddedDatabase.start(insideTmp, 0));
        assertTrue(e.getMessage().contains("ballast.data-dir"), e.getMessage());
    }
}
