package app.ballast.web.support;

import app.ballast.web.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tests' database: a fresh embedded MariaDB under {@code web/target/test-mariadb}, or the external
 * MySQL named by {@code QUARKUS_DATASOURCE_JDBC_URL} (with its user and password) when one is given.
 * Never H2, never a mock.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;
    private Path home;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("ballast.demo.enabled", "true");
        }
        // Fresh server and data for every run (migrations are tested from an empty schema); one
        // directory per process, so that two test runs of the module never share a database.
        home = Path.of("target", "test-mariadb", "run-" + ProcessHandle.current().pid()).toAbsolutePath();
        deleteRecursively(home);
        database = EmbeddedDatabase.start(home, 0);
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", database.password(),
                "ballast.embedded", "true");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
            deleteRecursively(home);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
