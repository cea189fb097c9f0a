package app.ballast.web.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import app.ballast.web.db.EmbeddedDatabase;

/**
 * Benchmark, not a test: the dashboard page ({@code GET /}) end to end, for the seeded demo user and for a user
 * with 100,000 transactions over the 20 reference assets, at 1, 10 and 50 concurrent clients on loopback.
 *
 * <p>It reuses {@link HoldingsLoadDriver}'s pieces: the packaged application started as a child process with a
 * fresh embedded MariaDB ({@link HoldingsLoadDriver.App}), the 100,000-row ledger written over JDBC
 * ({@link HoldingsLoadDriver.Dataset}). Each client sends its share of the requests back to back, signed in by
 * HTTP Basic; every answer must be 200 with the dashboard's total in it. It also times the first dashboard of
 * each user (the ledger read and replayed, the value series computed) and the first one after a write through
 * the API (the series computed again), prints a Markdown report and replaces the section between
 * {@code <!-- dashboard-e2e:start -->} and {@code <!-- dashboard-e2e:end -->} in {@code docs/performance.md}.
 *
 * <p>Run from the repository root (builds the reactor without installing anything):
 * {@code ./mvnw -B -pl web -am -Pbench-dashboard -DskipTests verify}. Arguments ({@code --name=value}): web-dir,
 * transactions (100000), warmup (200 per user), requests (per series, 400), clients (1,10,50), write-docs (true),
 * app-jvm-args.
 */
public final class DashboardLoadDriver {

    static final String START_MARKER = "<!-- dashboard-e2e:start -->";
    static final String END_MARKER = "<!-- dashboard-e2e:end -->";
    static final String COMMAND = "./mvnw -B -pl web -am -Pbench-dashboard -DskipTests verify";
    static final long TARGET_P99_NANOS = 250_000_000L;

    private static final String BENCH_USER = "bench-dash";
    private static final String BENCH_PASSWORD = "bench-password-100k";
    private static final String DEMO_USER = "demo";
    private static final String DEMO_PASSWORD = "demo";
    private static final String MARK = "data-testid=\"total-value\"";

    private DashboardLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg != null && arg.startsWith("--") && arg.contains("=")) {
                String v = arg.substring(arg.indexOf('=') + 1).trim();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    values.put(arg.substring(2, arg.indexOf('=')), v);
                }
            }
        }
        HoldingsLoadDriver.Options o = new HoldingsLoadDriver.Options();
        o.webDir = Path.of(values.getOrDefault("web-dir", Path.of("").toAbsolutePath().getFileName().toString()
                .equals("web") ? "." : "web")).toAbsolutePath().normalize();
        o.transactions = Integer.parseInt(values.getOrDefault("transactions", "100000"));
        o.warmup = Integer.parseInt(values.getOrDefault("warmup", "200"));
        o.requests = Integer.parseInt(values.getOrDefault("requests", "400"));
        o.writeDocs = Boolean.parseBoolean(values.getOrDefault("write-docs", "true"));
        o.appJvmArgs = values.containsKey("app-jvm-args") ? List.of(values.get("app-jvm-args").split("\\s+")) : List.of();
        int[] clients = Arrays.stream(values.getOrDefault("clients", "1,10,50").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        int exit;
        try (HoldingsLoadDriver.App app = HoldingsLoadDriver.App.start(o)) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "bench-app-stopper"));
            exit = run(o, clients, app);
        }
        System.exit(exit);
    }

    /** One measured series. */
    record Series(String user, String what, int clients, long[] sorted, long wallNanos, int failures, String error) {

        long percentile(int p) {
            return HoldingsLoadDriver.percentile(sorted, p);
        }

        String throughput() {
            return HoldingsLoadDriver.throughput(sorted.length, wallNanos);
        }

        String line() {
            return user + ", " + what + ", " + clients + " client(s), " + sorted.length + " requests: p50 "
                    + ms(percentile(50)) + ", p90 " + ms(percentile(90)) + ", p99 " + ms(percentile(99)) + ", max "
                    + ms(sorted[sorted.length - 1]) + " ms; " + throughput() + " req/s; failures " + failures
                    + (error == null ? "" : " (" + error + ")");
        }
    }

    record Sample(long nanos, int status, int bytes, boolean complete, String error) {
    }

    private static int run(HoldingsLoadDriver.Options o, int[] clients, HoldingsLoadDriver.App app) throws Exception {
        String loadAtStart = HoldingsLoadDriver.loadAverage();
        app.awaitHealthy();
        log("application UP after " + ms(app.startupNanos) + " ms (http " + app.httpPort + ")");
        int most = Arrays.stream(clients).max().orElse(1);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(Math.max(2, most)))
                .build();
        String demoAuth = HoldingsLoadDriver.basic(DEMO_USER, DEMO_PASSWORD);
        HoldingsLoadDriver.awaitDemo(http, app, demoAuth);
        signUp(http, app);
        String dbPassword = Files.readString(o.webDir.resolve("target").resolve("bench-data")
                .resolve(EmbeddedDatabase.PASSWORD_FILE)).trim();
        List<Series> series = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        int demoTransactions;
        int benchRows;
        int pageBytesDemo;
        int pageBytesBench;
        try (Connection db = DriverManager.getConnection(app.jdbcUrl(), EmbeddedDatabase.USER, dbPassword)) {
            HoldingsLoadDriver.Dataset data = HoldingsLoadDriver.Dataset.insert(db, BENCH_USER, o.transactions, 20_250_101L);
            benchRows = data.rows;
            log(data.describe());
            HoldingsLoadDriver.analyze(db);
            demoTransactions = HoldingsLoadDriver.countTransactions(db, DEMO_USER);
        }
        String benchAuth = HoldingsLoadDriver.basic(BENCH_USER, BENCH_PASSWORD);
        String big = HoldingsLoadDriver.thousands(benchRows) + " transactions";
        String demo = "demo (" + demoTransactions + " transactions)";

        Sample first = single(http, app.uri("/"), demoAuth);
        check(first, "first dashboard of demo");
        pageBytesDemo = first.bytes;
        firsts.add("| " + demo + " | first dashboard after start-up (ledger read and replayed, series computed) | "
                + ms(first.nanos) + " |");
        first = single(http, app.uri("/"), benchAuth);
        check(first, "first dashboard of " + BENCH_USER);
        pageBytesBench = first.bytes;
        firsts.add("| " + big + " | first dashboard (ledger read and replayed, series computed) | " + ms(first.nanos) + " |");
        log("first dashboards: " + firsts);

        // Both users warmed up before anything is measured: the first series must not pay for the JIT.
        for (int i = 0; i < o.warmup; i++) {
            check(single(http, app.uri("/"), demoAuth), "warm-up of demo");
            check(single(http, app.uri("/"), benchAuth), "warm-up of " + BENCH_USER);
        }
        for (String[] user : List.of(new String[] {demo, demoAuth}, new String[] {big, benchAuth})) {
            for (int c : clients) {
                Series s = measure(http, app.uri("/"), user[1], user[0], "back to back", Math.max(o.requests, c * 20), c, 0);
                log(s.line());
                series.add(s);
            }
            // People, not a loop: each of the users reads the page for a second before opening it again.
            int people = most;
            Series s = measure(http, app.uri("/"), user[1], user[0], "1 s between a user's requests", people * 8, people,
                    THINK_MILLIS);
            log(s.line());
            series.add(s);
        }
        // The first dashboard after each write: the ledger and the series of 100,000 transactions computed again.
        long[] afterWrite = new long[5];
        for (int i = 0; i < afterWrite.length; i++) {
            postBuy(http, app, benchAuth, i);
            Sample s = single(http, app.uri("/"), benchAuth);
            check(s, "dashboard after a write");
            afterWrite[i] = s.nanos;
        }
        Arrays.sort(afterWrite);
        firsts.add("| " + big + " | first dashboard after a POST of one transaction (median of " + afterWrite.length
                + ") | " + ms(afterWrite[afterWrite.length / 2]) + " |");
        String loadAtEnd = HoldingsLoadDriver.loadAverage();
        app.close();

        String markdown = report(series, firsts, loadAtStart, loadAtEnd, o, pageBytesDemo, pageBytesBench);
        System.out.println();
        System.out.println(markdown);
        int failures = series.stream().mapToInt(Series::failures).sum();
        if (failures > 0) {
            System.err.println("NOT writing docs/performance.md: " + failures + " failed requests");
            return 1;
        }
        if (o.writeDocs) {
            Path doc = o.webDir.getParent().resolve("docs").resolve("performance.md");
            writeSection(doc, markdown);
            log("wrote the dashboard section of " + doc);
        }
        return 0;
    }

    /** The pause of a user between two dashboards in the think-time series. */
    static final long THINK_MILLIS = 1000;

    /** {@code requests} requests over {@code clients} clients, each pausing {@code thinkMillis} after each answer. */
    static Series measure(HttpClient http, URI uri, String auth, String user, String what, int requests, int clients,
                          long thinkMillis) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger failures = new AtomicInteger();
        String[] error = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = client; i < requests; i += clients) {
                    Sample s = single(http, uri, auth);
                    nanos[i] = s.nanos;
                    if (s.status != 200 || !s.complete) {
                        failures.incrementAndGet();
                        error[0] = "HTTP " + s.status + (s.error == null ? "" : " " + s.error);
                    }
                    if (thinkMillis > 0) {
                        Thread.sleep(thinkMillis);
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        Arrays.sort(nanos);
        return new Series(user, what, clients, nanos, wall, failures.get(), error[0]);
    }

    static Sample single(HttpClient http, URI uri, String auth) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Accept", "text/html").header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(120)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            String body = new String(response.body(), StandardCharsets.UTF_8);
            boolean complete = body.contains(MARK) && body.contains("</html>");
            return new Sample(nanos, response.statusCode(), response.body().length, complete,
                    response.statusCode() == 200 ? null : HoldingsLoadDriver.abbreviate(body));
        } catch (IOException e) {
            return new Sample(System.nanoTime() - start, -1, 0, false, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void check(Sample s, String what) {
        if (s.status != 200 || !s.complete) {
            throw new IllegalStateException(what + ": HTTP " + s.status + (s.error == null ? " without the dashboard" : ": " + s.error));
        }
    }

    private static void signUp(HttpClient http, HoldingsLoadDriver.App app) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + BENCH_USER + "\",\"password\":\"" + BENCH_PASSWORD + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri("/api/signup"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sign-up answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void postBuy(HttpClient http, HoldingsLoadDriver.App app, String auth, int i)
            throws IOException, InterruptedException {
        String body = "{\"type\":\"BUY\",\"symbol\":\"BTC\",\"account\":\"Bench Exchange A\",\"quantity\":0.001,"
                + "\"price\":60000,\"time\":\"2025-06-0" + (1 + i) + "T12:00:00Z\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri("/api/transactions"))
                .header("Content-Type", "application/json").header("Authorization", auth)
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/transactions answered " + response.statusCode() + ": "
                    + HoldingsLoadDriver.abbreviate(response.body()));
        }
    }

    static String report(List<Series> series, List<String> firsts, String loadAtStart, String loadAtEnd,
                         HoldingsLoadDriver.Options o, int bytesDemo, int bytesBench) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC by `").append(COMMAND).append("` (`DashboardLoadDriver`), ").append(codeVersion(o.webDir))
                .append(".\n\n");
        md.append("- Machine: ").append(machine()).append(".\n");
        md.append("- Load average (1, 5, 15 min): ").append(loadAtStart).append(" at the start, ").append(loadAtEnd)
                .append(" at the end (the machine is shared: other builds ran meanwhile).\n");
        md.append("- Application: the packaged `quarkus-run.jar`, its embedded MariaDB, default JVM settings")
                .append(o.appJvmArgs.isEmpty() ? "" : " plus `" + String.join(" ", o.appJvmArgs) + "`")
                .append("; the driver in another JVM on the same machine, HTTP/1.1 on 127.0.0.1, signed in by HTTP Basic.\n");
        md.append("- Page: ").append(kib(bytesDemo)).append(" of HTML for demo, ").append(kib(bytesBench))
                .append(" for the 100,000-transaction user (its value table has a point a week over eight years).\n");
        md.append("- Each series: the requests split over the clients, each sending its share back to back after ")
                .append(o.warmup).append(" warm-up requests per user; every answer checked (200, the whole page with its total).\n\n");
        md.append("| Portfolio | Clients | Requests sent | Requests | p50 ms | p90 ms | p99 ms | max ms | req/s | Failures | p99 < 250 ms |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Series s : series) {
            md.append("| ").append(s.user()).append(" | ").append(s.clients()).append(" | ").append(s.what()).append(" | ")
                    .append(s.sorted().length)
                    .append(" | ").append(ms(s.percentile(50))).append(" | ").append(ms(s.percentile(90))).append(" | ")
                    .append(ms(s.percentile(99))).append(" | ").append(ms(s.sorted()[s.sorted().length - 1])).append(" | ")
                    .append(s.throughput()).append(" | ").append(s.failures()).append(" | ")
                    .append(s.percentile(99) < TARGET_P99_NANOS ? "met" : "**missed**").append(" |\n");
        }
        md.append("\n| Portfolio | Single request | ms |\n|---|---|---:|\n");
        firsts.forEach(f -> md.append(f).append('\n'));
        return md.toString();
    }

    static void writeSection(Path doc, String section) throws IOException {
        String block = START_MARKER + "\n" + section + END_MARKER;
        String content = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Performance\n";
        int start = content.indexOf(START_MARKER);
        int end = content.indexOf(END_MARKER);
        if (start >= 0 && end > start) {
            content = content.substring(0, start) + block + content.substring(end + END_MARKER.length());
        } else {
            content = content + (content.endsWith("\n") ? "\n" : "\n\n") + "## Dashboard: `GET /` (issue 5)\n\n" + block + "\n";
        }
        Files.writeString(doc, content, StandardCharsets.UTF_8);
    }

    private static String codeVersion(Path webDir) {
        try {
            Process p = new ProcessBuilder("git", "-C", webDir.getParent().toString(), "rev-parse", "--short", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String commit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            Process s = new ProcessBuilder("git", "-C", webDir.getParent().toString(), "status", "--porcelain", "--",
                    "domain/src/main", "portfolio/src/main", "scoring/src/main", "web/src/main")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String changed = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return "commit `" + commit + "`" + (changed.isEmpty() ? "" : " with uncommitted changes to the main code");
        } catch (IOException e) {
            return "commit n/a";
        }
    }

    private static String machine() {
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (IOException e) {
            // not Linux
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (nproc)" + (cpu.isEmpty() ? "" : ", " + cpu)
                + ", Java " + System.getProperty("java.runtime.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version");
    }

    static String ms(long nanos) {
        return HoldingsLoadDriver.ms(nanos);
    }

    static String kib(int bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP).toPlainString() + " KiB";
    }

    static void log(String message) {
        System.out.println("[dashboard-bench " + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                + "] " + message);
    }
}
