package app.ballast.web.db;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides, before Quarkus starts, which database Ballast uses: the one configured by
 * {@code quarkus.datasource.jdbc.url} (env {@code QUARKUS_DATASOURCE_JDBC_URL}), or else the embedded
 * MariaDB under {@code ballast.data-dir} (env {@code BALLAST_DATA_DIR}, default {@code ~/.ballast}).
 *
 * <p>It only reads system properties and the environment, since Quarkus' own configuration does
 * not exist yet; what it decides is handed to Quarkus as system properties.
 */
public final class DatabaseBootstrap {

    private DatabaseBootstrap() {
    }

    /** Starts the embedded database when no URL is configured; returns it, or empty for an external one. */
    public static Optional<EmbeddedDatabase> startUnlessConfigured() {
        if (setting("quarkus.datasource.jdbc.url").isPresent()) {
            return Optional.empty();
        }
        Path home = dataDir();
        int port = setting("ballast.embedded-db.port").map(Integer::parseInt).orElse(0);
        System.out.println("Ballast: no datasource URL configured, starting the embedded MariaDB in " + home);
        EmbeddedDatabase database = EmbeddedDatabase.start(home, port);
        System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", database.password());
        System.setProperty("ballast.embedded", "true");
        if (setting("quarkus.http.auth.session.encryption-key").isEmpty()) {
            System.setProperty("quarkus.http.auth.session.encryption-key", sessionKey(home));
        }
        return Optional.of(database);
    }

    public static Path dataDir() {
        return setting("ballast.data-dir")
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".ballast"));
    }

    /** A setting from a system property or its environment-variable form (a.b-c → A_B_C). */
    static Optional<String> setting(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    // Sign-in cookies stay valid across restarts because the key is kept beside the data.
    private static String sessionKey(Path home) {
        return SecretFile.readOrCreate(home.resolve("session.key"), 32);
    }
}
