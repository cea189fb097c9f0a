package app.ballast.web.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Ballast instance started from the packaged application (target/quarkus-app) in its own JVM, as
 * an operator would run it, talked to over HTTP. Its output goes to a log file beside its data.
 */
final class AppInstance implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private AppInstance(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the packaged app with the given settings (environment variables) on a free port. */
    static AppInstance start(String name, Path dir, Map<String, String> environment) {
        String jar = System.getProperty("ballast.app.jar", "target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("no packaged app at " + jar + ": run ./mvnw package (or verify) first");
        }
        String javaHome = System.getProperty("java.home.for.app", System.getProperty("java.home"));
        int port = freePort();
        try {
            Files.createDirectories(dir);
            Path log = dir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(javaHome, "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", Path.of(jar).toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            builder.environment().put("QUARKUS_QUARTZ_INSTANCE_ID", name);
            builder.environment().put("BALLAST_DATA_DIR", dir.resolve(name + "-data").toString());
            return new AppInstance(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Waits until the instance answers its readiness check. */
    AppInstance awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + log);
    }

    /** An answer: its status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        Answer expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    Answer get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
    }

    Answer post(String path, Object body, String user, String password) {
        try {
            String json = body == null ? "" : JSON.writeValueAsString(body);
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)), user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer send(HttpRequest.Builder request, String user, String password) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9: the JVM stops at once, in the middle of whatever it does; its connections drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The last lines of the instance's log, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops it as an operator would (SIGTERM), or kills it when it does not stop. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
