package app.ballast.web.bench;

import app.ballast.web.db.EmbeddedDatabase;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Quote;
import app.ballast.domain.Tier;
import app.ballast.domain.TransactionType;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.ReplayedLedger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: {@code GET /api/holdings} end to end for one user with 100,000 transactions
 * over the 20 reference assets, against the packaged application with its embedded MariaDB.
 *
 * <p>It starts {@code web/target/quarkus-app/quarkus-run.jar} as a child process (fresh data directory
 * {@code web/target/bench-data}, free ports), signs a user up, writes the ledger rows straight into the
 * database over JDBC, then times the endpoint over HTTP Basic on loopback: sequentially and with
 * concurrent clients, for that user and for the seeded demo user. It also records the processes'
 * resident memory, the JVM heap (jcmd) and the garbage collections during the measured requests (a GC
 * log), times the two SQL queries behind the endpoint on their own, stops the application with its
 * MariaDB child, prints a Markdown report and replaces the section between
 * {@code <!-- holdings-e2e:start -->} and {@code <!-- holdings-e2e:end -->} in {@code docs/performance.md}.
 *
 * <p>Run by {@code ./mvnw -B -DskipTests install && ./mvnw -B -pl web -Pbench -DskipTests verify}. Arguments
 * ({@code --name=value}): web-dir (required), transactions (100000), warmup (20), requests (200),
 * concurrency (10), seed, write-docs (true), app-jvm-args (space separated, none by default).
 *
 * <p>Amounts are BigDecimal throughout; timings are nanoseconds in {@code long}, shown in ms.
 */
public final class HoldingsLoadDriver {

    static final String START_MARKER = "<!-- holdings-e2e:start -->";
    static final String END_MARKER = "<!-- holdings-e2e:end -->";
    static final String COMMAND = "./mvnw -B -DskipTests install && ./mvnw -B -pl web -Pbench -DskipTests verify";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BENCH_USER = "bench";
    private static final String BENCH_PASSWORD = "bench-password-100k";
    private static final String DEMO_USER = "demo";
    private static final String DEMO_PASSWORD = "demo";

    /** The SQL that LedgerRepository.entries and latestQuotes make Hibernate send, written out by hand. */
    static final String LEDGER_SQL = """
            SELECT t.id, t.occurred_at, t.type, a.symbol, acc.name, dest.name, t.quantity, t.price, t.fee, t.fee_asset
            FROM ledger_transaction t
            JOIN asset a ON a.id = t.asset_id
            JOIN account acc ON acc.id = t.account_id
            LEFT JOIN account dest ON dest.id = t.to_account_id
            WHERE t.portfolio_id = ?""";
    static final String QUOTES_SQL = """
            SELECT a.symbol, p.price_date, p.close
            FROM price_point p
            JOIN (SELECT asset_id, MAX(price_date) AS latest FROM price_point GROUP BY asset_id) m
              ON m.asset_id = p.asset_id AND m.latest = p.price_date
            JOIN asset a ON a.id = p.asset_id""";

    private HoldingsLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int exit;
        try (App app = App.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "bench-app-stopper"));
            exit = run(options, app);
        }
        System.exit(exit);
    }

    private static int run(Options o, App app) throws Exception {
        Report report = new Report(o);
        report.loadAtStart = loadAverage();
        app.awaitHealthy();
        report.startupNanos = app.startupNanos;
        report.jvmFlags = app.heapFlags();
        log("application UP after " + ms(app.startupNanos) + " ms (http " + app.httpPort + ", db " + app.dbPort + ")");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, o.concurrency)))
                .build();
        String demoAuth = basic(DEMO_USER, DEMO_PASSWORD);
        int demoHoldings = awaitDemo(http, app, demoAuth);
        report.memory.add(app.memory("started, demo seeded (idle)"));

        signUp(http, app);
        String dbPassword = Files.readString(o.webDir.resolve("target").resolve("bench-data")
                .resolve(EmbeddedDatabase.PASSWORD_FILE)).trim();
        try (Connection db = DriverManager.getConnection(app.jdbcUrl(), EmbeddedDatabase.USER, dbPassword)) {
            report.dataset = Dataset.insert(db, BENCH_USER, o.transactions, o.seed);
            report.demoTransactions = countTransactions(db, DEMO_USER);
            log(report.dataset.describe());
            report.memory.add(app.memory("after inserting " + thousands(o.transactions) + " rows"));

            // A bulk insert leaves the optimizer's statistics behind; a ledger that grew over years would not.
            analyze(db);
            long benchPortfolio = report.dataset.portfolioId;
            long demoPortfolio = portfolioId(db, DEMO_USER);
            report.pieces.add(timeServerOnly(db, benchPortfolio));
            report.pieces.addAll(timeQuery(db, "ledger query, " + thousands(report.dataset.rows) + " rows",
                    LEDGER_SQL, benchPortfolio));
            report.pieces.addAll(timeCompute(db, benchPortfolio));
            report.pieces.addAll(timeQuery(db, "ledger query, demo (" + report.demoTransactions + " rows)",
                    LEDGER_SQL, demoPortfolio).subList(1, 2));
            report.pieces.addAll(timeQuery(db, "latest quotes query (" + thousands(countPricePoints(db))
                    + " price points)", QUOTES_SQL, null).subList(1, 2));
            report.liveHeapBefore = app.heapAfterFullGc();

            String big = thousands(o.transactions) + " transactions";
            String benchAuth = basic(BENCH_USER, BENCH_PASSWORD);
            report.benchFirst = single(http, app.uri("/api/holdings"), benchAuth);
            report.responseBytes = report.benchFirst.bytes;
            check(report.benchFirst, 20, "first request of " + BENCH_USER);
            log("first request of " + BENCH_USER + ": " + ms(report.benchFirst.nanos) + " ms");
            warmUp(http, app, benchAuth, o.warmup, 20);
            report.series.add(measure(app, http, benchAuth, big, UNCHANGED, 20, o.requests, 1));
            report.series.add(measure(app, http, benchAuth, big, UNCHANGED, 20, o.requests, o.concurrency));
            report.memory.add(app.memory("after the " + big + " requests, ledger unchanged"));

            int rounds = Math.max(5, o.requests / 10);
            List<Series> written = measureAfterApiWrites(app, http, benchAuth, big, 20, rounds);
            report.series.addAll(written);
            report.series.add(measureAfterChange(app, http, benchAuth, big, 20, Math.max(5, o.requests / 4), 1,
                    db, benchPortfolio));
            report.series.add(measureAfterChange(app, http, benchAuth, big, 20, Math.max(2, o.requests / 40),
                    o.concurrency, db, benchPortfolio));
            report.memory.add(app.memory("after the " + big + " requests, ledger changed"));

            report.demoHoldings = demoHoldings;
            String demo = "demo (" + report.demoTransactions + " transactions)";
            warmUp(http, app, demoAuth, o.warmup, demoHoldings);
            report.series.add(measure(app, http, demoAuth, demo, UNCHANGED, demoHoldings, o.requests, 1));
            report.series.add(measure(app, http, demoAuth, demo, UNCHANGED, demoHoldings, o.requests, o.concurrency));
            report.series.add(measureAfterChange(app, http, demoAuth, demo, demoHoldings, Math.max(5, o.requests / 4), 1,
                    db, demoPortfolio));
            report.memory.add(app.memory("after the demo requests"));
        }
        report.liveHeapAfterFullGc = app.heapAfterFullGc();
        report.loadAtEnd = loadAverage();

        app.close();
        report.stoppedCleanly = app.stoppedCleanly;
        String markdown = report.markdown();
        System.out.println();
        System.out.println(markdown);
        int failures = report.series.stream().mapToInt(s -> s.failures).sum();
        if (failures > 0 || !app.stoppedCleanly) {
            System.err.println("NOT writing docs/performance.md: " + failures + " failed requests, stopped cleanly: "
                    + app.stoppedCleanly);
            return 1;
        }
        if (o.writeDocs) {
            Path doc = o.webDir.toAbsolutePath().normalize().getParent().resolve("docs").resolve("performance.md");
            writeSection(doc, markdown);
            log("wrote the end-to-end section of " + doc);
        }
        return 0;
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    record Sample(long nanos, int status, int holdings, int bytes, String error) {
    }

    static Sample single(HttpClient http, URI uri, String auth) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", auth)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return new Sample(System.nanoTime() - start, -1, -1, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long nanos = System.nanoTime() - start;
        int holdings = -1;
        String error = null;
        if (response.statusCode() == 200) {
            try {
                JsonNode list = JSON.readTree(response.body()).get("holdings");
                holdings = list == null || !list.isArray() ? -1 : list.size();
            } catch (IOException e) {
                error = "unreadable JSON: " + e.getMessage();
            }
        } else {
            error = new String(response.body(), StandardCharsets.UTF_8);
        }
        return new Sample(nanos, response.statusCode(), holdings, response.body().length, error);
    }

    static void check(Sample s, int holdings, String what) {
        if (s.status != 200 || s.holdings != holdings) {
            throw new IllegalStateException(what + ": HTTP " + s.status + " with " + s.holdings + " holdings, expected 200 with "
                    + holdings + (s.error == null ? "" : ": " + abbreviate(s.error)));
        }
    }

    static void warmUp(HttpClient http, App app, String auth, int count, int holdings) {
        for (int i = 0; i < count; i++) {
            check(single(http, app.uri("/api/holdings"), auth), holdings, "warm-up request " + (i + 1));
        }
    }

    static final String UNCHANGED = "ledger unchanged (kept in memory)";
    static final String AFTER_API_WRITE = "just after a POST of one transaction";
    static final String AFTER_DB_CHANGE = "ledger_version bumped in the database first (read + replay)";

    /** {@code requests} requests spread over {@code clients} clients, each sending its share back to back. */
    static Series measure(App app, HttpClient http, String auth, String portfolio, String cache, int holdings,
                          int requests, int clients) throws Exception {
        GcWindow gc = app.gcWindowStart();
        URI uri = app.uri("/api/holdings");
        long[] nanos = new long[requests];
        Failures failures = new Failures();
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
                    failures.check(s, holdings);
                }
                return null;
            }));
        }
        long wallStart = System.nanoTime();
        go.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - wallStart;
        pool.shutdown();
        Series series = new Series(portfolio, "GET", cache, clients, nanos, wall, failures,
                app.gcWindowEnd(gc, requests));
        log(series.line());
        return series;
    }

    /**
     * {@code rounds} times: the ledger version is bumped in the database, as a write by another
     * instance would, then {@code clients} requests start at once. Only the requests are timed.
     */
    static Series measureAfterChange(App app, HttpClient http, String auth, String portfolio, int holdings, int rounds,
                                     int clients, Connection db, long portfolioId) throws Exception {
        GcWindow gc = app.gcWindowStart();
        URI uri = app.uri("/api/holdings");
        long[] nanos = new long[rounds * clients];
        Failures failures = new Failures();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long wall = 0;
        for (int r = 0; r < rounds; r++) {
            bumpLedgerVersion(db, portfolioId);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Sample>> answers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return single(http, uri, auth);
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (int c = 0; c < clients; c++) {
                Sample s = answers.get(c).get(30, TimeUnit.MINUTES);
                nanos[r * clients + c] = s.nanos;
                failures.check(s, holdings);
            }
            wall += System.nanoTime() - start;
        }
        pool.shutdown();
        Series series = new Series(portfolio, "GET", clients == 1 ? AFTER_DB_CHANGE
                : AFTER_DB_CHANGE + ", then " + clients + " clients at once", clients, nanos, wall, failures,
                app.gcWindowEnd(gc, nanos.length));
        log(series.line());
        return series;
    }

    /**
     * {@code rounds} times: one BUY recorded through {@code POST /api/transactions} (checked against the
     * whole ledger by the application), then one holdings request. Returns both series.
     */
    static List<Series> measureAfterApiWrites(App app, HttpClient http, String auth, String portfolio, int holdings,
                                              int rounds) throws Exception {
        GcWindow gc = app.gcWindowStart();
        URI holdingsUri = app.uri("/api/holdings");
        URI transactions = app.uri("/api/transactions");
        long[] posts = new long[rounds];
        long[] gets = new long[rounds];
        Failures postFailures = new Failures();
        Failures getFailures = new Failures();
        long wallPosts = 0;
        long wallGets = 0;
        for (int r = 0; r < rounds; r++) {
            String body = JSON.createObjectNode().put("type", "BUY").put("symbol", "BTC")
                    .put("account", Dataset.ACCOUNTS[0]).put("quantity", new BigDecimal("0.001"))
                    .put("price", new BigDecimal("50000.00")).put("fee", new BigDecimal("0.05")).put("feeAsset", "USD")
                    .put("time", "2025-12-31T12:00:00Z").toString();
            HttpRequest post = HttpRequest.newBuilder(transactions)
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> created = http.send(post, HttpResponse.BodyHandlers.ofString());
            posts[r] = System.nanoTime() - start;
            wallPosts += posts[r];
            postFailures.check(new Sample(posts[r], created.statusCode() == 201 ? 200 : created.statusCode(), 0,
                    created.body().length(), created.statusCode() == 201 ? null : created.body()), 0);
            Sample s = single(http, holdingsUri, auth);
            gets[r] = s.nanos;
            wallGets += s.nanos;
            getFailures.check(s, holdings);
        }
        GcFigures figures = app.gcWindowEnd(gc, rounds); // per POST and GET together
        Series postSeries = new Series(portfolio, "POST /api/transactions (one BUY)", "checked against the whole ledger",
                1, posts, wallPosts, postFailures, null);
        Series getSeries = new Series(portfolio, "GET", AFTER_API_WRITE + " (replay only)", 1, gets, wallGets,
                getFailures, figures);
        log(postSeries.line());
        log(getSeries.line());
        return List.of(getSeries, postSeries);
    }

    static void bumpLedgerVersion(Connection db, long portfolioId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "UPDATE portfolio SET ledger_version = ledger_version + 1 WHERE id = ?")) {
            ps.setLong(1, portfolioId);
            ps.executeUpdate();
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
    }

    /** Answers that were not 200 with the expected number of holdings; the first five kept. */
    static final class Failures {
        int count;
        final List<String> first = new ArrayList<>();

        synchronized void check(Sample s, int holdings) {
            if (s.status != 200 || s.holdings != holdings) {
                count++;
                if (first.size() < 5) {
                    first.add("HTTP " + s.status + ", " + s.holdings + " holdings"
                            + (s.error == null ? "" : ": " + abbreviate(s.error)));
                }
            }
        }
    }

    static final class Series {
        final String portfolio;
        final String request;
        final String cache;
        final int clients;
        final long[] sorted;
        final long wallNanos;
        final int failures;
        final List<String> errors;
        final GcFigures gc;

        Series(String portfolio, String request, String cache, int clients, long[] nanos, long wallNanos,
               Failures failures, GcFigures gc) {
            this.portfolio = portfolio;
            this.request = request;
            this.cache = cache;
            this.clients = clients;
            this.sorted = nanos.clone();
            Arrays.sort(this.sorted);
            this.wallNanos = wallNanos;
            this.failures = failures.count;
            this.errors = List.copyOf(failures.first);
            this.gc = gc;
        }

        long percentile(int p) {
            return HoldingsLoadDriver.percentile(sorted, p);
        }

        String throughput() {
            return HoldingsLoadDriver.throughput(sorted.length, wallNanos);
        }

        String line() {
            return portfolio + ", " + request + ", " + cache + ", " + clients + " client(s), " + sorted.length
                    + " requests: min " + ms(sorted[0]) + ", p50 " + ms(percentile(50)) + ", p90 "
                    + ms(percentile(90)) + ", p99 " + ms(percentile(99)) + ", max " + ms(sorted[sorted.length - 1])
                    + " ms; " + throughput() + " req/s; failures " + failures + (errors.isEmpty() ? "" : " " + errors);
        }
    }

    /** Nearest-rank percentile of sorted durations. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) ((p * (long) sorted.length + 99) / 100);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Requests per second, one decimal. */
    static String throughput(int requests, long wallNanos) {
        return BigDecimal.valueOf(requests * 1_000_000_000L)
                .divide(BigDecimal.valueOf(Math.max(1, wallNanos)), 1, RoundingMode.HALF_UP).toPlainString();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void signUp(HttpClient http, App app) throws IOException, InterruptedException {
        String body = JSON.createObjectNode().put("username", BENCH_USER).put("password", BENCH_PASSWORD).toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri("/api/signup"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("sign-up of " + BENCH_USER + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    /** Waits until the demo user's holdings answer (the seeding runs at start-up); returns their number. */
    static int awaitDemo(HttpClient http, App app, String auth) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Sample last = null;
        while (System.nanoTime() < deadline) {
            last = single(http, app.uri("/api/holdings"), auth);
            if (last.status == 200 && last.holdings > 0) {
                return last.holdings;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the demo user's holdings did not answer: " + last);
    }

    // ---- Database --------------------------------------------------------------------------------

    static long portfolioId(Connection db, String username) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT p.id FROM portfolio p JOIN app_user u ON u.id = p.user_id WHERE u.username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no portfolio for " + username);
                }
                return rs.getLong(1);
            }
        }
    }

    static int countTransactions(Connection db, String username) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM ledger_transaction WHERE portfolio_id = ?")) {
            ps.setLong(1, portfolioId(db, username));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int countPricePoints(Connection db) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM price_point")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A piece timed on its own: medians of 10 after 3 warm-ups; allocation only for the computation. */
    record Piece(String what, int rows, long[] sorted, Long allocatedBytesPerOp, String plan) {
        long median() {
            return sorted[(sorted.length - 1) / 2];
        }
    }

    private static final int PIECE_WARMUP = 3;
    private static final int PIECE_RUNS = 10;

    static void analyze(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("ANALYZE TABLE ledger_transaction, account, asset, portfolio");
        }
    }

    /** The query's plan from EXPLAIN: table:access(key) for each table, in join order. */
    static String plan(Connection db, String sql, Long portfolioId) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("EXPLAIN " + sql)) {
            if (portfolioId != null) {
                ps.setLong(1, portfolioId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("key");
                    steps.add(rs.getString("table") + ":" + rs.getString("type") + (key == null ? "" : "(" + key + ")"));
                }
            }
        }
        return String.join(" → ", steps);
    }

    /** MariaDB's share: the same join, aggregated on the server so that no rows travel. */
    static Piece timeServerOnly(Connection db, long portfolioId) throws SQLException {
        String sql = """
                SELECT COUNT(*), SUM(t.quantity), SUM(t.price), SUM(t.fee), COUNT(dest.name), MAX(acc.name),
                       MAX(a.symbol), MAX(t.occurred_at), MAX(t.type), MAX(t.fee_asset)
                FROM ledger_transaction t
                JOIN asset a ON a.id = t.asset_id
                JOIN account acc ON acc.id = t.account_id
                LEFT JOIN account dest ON dest.id = t.to_account_id
                WHERE t.portfolio_id = ?""";
        long[] nanos = new long[PIECE_RUNS];
        int rows = 0;
        for (int i = -PIECE_WARMUP; i < PIECE_RUNS; i++) {
            long start = System.nanoTime();
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setLong(1, portfolioId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    rows = rs.getInt(1);
                }
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        Piece piece = new Piece("MariaDB alone: the same join aggregated on the server (no rows sent)", rows, nanos,
                null, plan(db, sql, portfolioId));
        log(piece.what() + ": median " + ms(piece.median()) + " ms, plan " + piece.plan());
        return piece;
    }

    /**
     * Runs a query 3 times to warm up, then 10 timed times, reading every column as the app does.
     * Returns two pieces: until executeQuery returns (Connector/J has then received the whole result),
     * and the whole read including the conversion of every column to Java values.
     */
    static List<Piece> timeQuery(Connection db, String what, String sql, Long portfolioId) throws SQLException {
        long[] execute = new long[PIECE_RUNS];
        long[] nanos = new long[PIECE_RUNS];
        int rows = 0;
        for (int i = -PIECE_WARMUP; i < PIECE_RUNS; i++) {
            long start = System.nanoTime();
            long executed;
            rows = 0;
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                if (portfolioId != null) {
                    ps.setLong(1, portfolioId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    executed = System.nanoTime() - start;
                    int columns = rs.getMetaData().getColumnCount();
                    int[] types = new int[columns + 1];
                    for (int c = 1; c <= columns; c++) {
                        types[c] = rs.getMetaData().getColumnType(c);
                    }
                    Object sink = null;
                    while (rs.next()) {
                        for (int c = 1; c <= columns; c++) {
                            sink = read(rs, c, types[c]);
                        }
                        rows++;
                    }
                    if (sink == Piece.class) {
                        throw new AssertionError();
                    }
                }
            }
            if (i >= 0) {
                execute[i] = executed;
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(execute);
        Arrays.sort(nanos);
        String plan = plan(db, sql, portfolioId);
        Piece first = new Piece(what + ": until executeQuery returns (server and transfer)", rows, execute, null, plan);
        Piece whole = new Piece(what + ": whole JDBC read, every column converted", rows, nanos, null, plan);
        log(whole.what() + ": median " + ms(whole.median()) + " ms (executeQuery " + ms(first.median()) + " ms), plan "
                + plan);
        return List.of(first, whole);
    }

    /**
     * HoldingsCalculator.compute, in this JVM, on the very rows the application reads (mapped as
     * LedgerRepository maps them), and on the same rows with the trailing zeros of DECIMAL(38,18)
     * stripped: the share of the computation in the request, and what the stored scale costs.
     */
    static List<Piece> timeCompute(Connection db, long portfolioId) throws SQLException {
        List<LedgerEntry> stored = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(LEDGER_SQL)) {
            ps.setLong(1, portfolioId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(new LedgerEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            TransactionType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), null));
                }
            }
        }
        List<LedgerEntry> stripped = new ArrayList<>(stored.size());
        for (LedgerEntry e : stored) {
            stripped.add(new LedgerEntry(e.id(), e.time(), e.type(), e.symbol(), e.account(), e.toAccount(),
                    strip(e.quantity()), strip(e.price()), strip(e.fee()), e.feeAsset(), null));
        }
        Map<String, AssetInfo> assets = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT symbol, name, tier, sector, stablecoin FROM asset")) {
            while (rs.next()) {
                assets.put(rs.getString(1), new AssetInfo(rs.getString(1), rs.getString(2), Tier.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)));
            }
        }
        Map<String, Quote> quotes = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(QUOTES_SQL)) {
            while (rs.next()) {
                quotes.put(rs.getString(1), new Quote(rs.getString(1), rs.getBigDecimal(3),
                        rs.getObject(2, LocalDate.class).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
        }
        CostMethod method;
        try (PreparedStatement ps = db.prepareStatement("SELECT cost_method FROM portfolio WHERE id = ?")) {
            ps.setLong(1, portfolioId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                method = CostMethod.valueOf(rs.getString(1));
            }
        }
        ReplayedLedger replayed = HoldingsCalculator.replay(stored, method, assets);
        return List.of(
                timeCompute("HoldingsCalculator.replay (" + method + ") of those rows, amounts as read from DECIMAL(38,18)", stored.size(),
                        () -> HoldingsCalculator.value(HoldingsCalculator.replay(stored, method, assets), assets, quotes)
                                .holdings().size(), () -> HoldingsCalculator.replay(stored, method, assets)),
                timeCompute("HoldingsCalculator.replay of the same rows, trailing zeros stripped", stripped.size(),
                        () -> HoldingsCalculator.value(HoldingsCalculator.replay(stripped, method, assets), assets, quotes)
                                .holdings().size(), () -> HoldingsCalculator.replay(stripped, method, assets)),
                timeCompute("HoldingsCalculator.value of the replayed ledger at the latest quotes: paid by every request",
                        stored.size(), () -> HoldingsCalculator.value(replayed, assets, quotes).holdings().size(),
                        () -> HoldingsCalculator.value(replayed, assets, quotes)));
    }

    /** Times {@code work}, after checking with {@code holdings} that the result has all 20 holdings. */
    private static Piece timeCompute(String what, int rows, java.util.function.IntSupplier holdings,
                                     java.util.function.Supplier<Object> work) {
        int count = holdings.getAsInt();
        if (count != 20) {
            throw new IllegalStateException(what + ": " + count + " holdings, expected 20");
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[PIECE_RUNS];
        long allocated = 0;
        Object sink = null;
        for (int i = -2 * PIECE_WARMUP; i < PIECE_RUNS; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            sink = work.get();
            long took = System.nanoTime() - start;
            if (i >= 0) {
                nanos[i] = took;
                allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            }
        }
        if (sink == null) {
            throw new IllegalStateException(what + ": no result");
        }
        Arrays.sort(nanos);
        Piece piece = new Piece(what, rows, nanos, allocated / PIECE_RUNS, null);
        log(what + ": median " + ms(piece.median()) + " ms, " + kib(piece.allocatedBytesPerOp()) + " allocated");
        return piece;
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
    }

    private static Object read(ResultSet rs, int column, int type) throws SQLException {
        return switch (type) {
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(column);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.BIGINT -> rs.getLong(column);
            default -> rs.getString(column);
        };
    }

    /**
     * The benchmark user's ledger: mostly buys on two exchanges, partial sells that never take more than
     * the account holds, transfers between the user's three accounts, fees in USD; one transaction every
     * 42 minutes or so from 2018 to 2025, at the bundled close of the day give or take 3 %.
     */
    static final class Dataset {
        static final Instant FROM = Instant.parse("2018-01-01T00:00:00Z");
        static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");
        static final String[] ACCOUNTS = {"Bench Exchange A", "Bench Exchange B", "Bench Wallet"};
        static final String[] KINDS = {"EXCHANGE", "EXCHANGE", "WALLET"};
        static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
        static final BigDecimal BUY_FEE_RATE = new BigDecimal("0.001");
        static final int BATCH = 2_000;

        long portfolioId;
        int rows;
        int assets;
        long insertNanos;
        final Map<String, Integer> byType = new TreeMap<>();

        static Dataset insert(Connection db, String username, int size, long seed) throws SQLException {
            Dataset d = new Dataset();
            d.portfolioId = portfolioId(db, username);
            long userId;
            try (PreparedStatement ps = db.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    userId = rs.getLong(1);
                }
            }
            List<Long> assetIds = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM asset ORDER BY id")) {
                while (rs.next() && assetIds.size() < 20) {
                    assetIds.add(rs.getLong(1));
                }
            }
            if (assetIds.size() < 20) {
                throw new IllegalStateException("expected 20 reference assets, found " + assetIds.size());
            }
            d.assets = assetIds.size();
            Map<Long, TreeMap<LocalDate, BigDecimal>> closes = new HashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT asset_id, price_date, close FROM price_point")) {
                while (rs.next()) {
                    closes.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getBigDecimal(3));
                }
            }
            long[] accountIds = new long[ACCOUNTS.length];
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO account (user_id, name, kind) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < ACCOUNTS.length; i++) {
                    ps.setLong(1, userId);
                    ps.setString(2, ACCOUNTS[i]);
                    ps.setString(3, KINDS[i]);
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        accountIds[i] = keys.getLong(1);
                    }
                }
            }

            long start = System.nanoTime();
            boolean autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = db.prepareStatement("""
                    INSERT INTO ledger_transaction (portfolio_id, type, asset_id, account_id, to_account_id,
                        quantity, price, fee, fee_asset, occurred_at, note, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'USD', ?, NULL, ?)""")) {
                Generator generator = new Generator(size, seed, assetIds, closes);
                int pending = 0;
                for (Generator.Row row = generator.next(); row != null; row = generator.next()) {
                    ps.setLong(1, d.portfolioId);
                    ps.setString(2, row.type);
                    ps.setLong(3, assetIds.get(row.asset));
                    ps.setLong(4, accountIds[row.account]);
                    if (row.toAccount < 0) {
                        ps.setNull(5, Types.BIGINT);
                    } else {
                        ps.setLong(5, accountIds[row.toAccount]);
                    }
                    ps.setBigDecimal(6, row.quantity);
                    if (row.price == null) {
                        ps.setNull(7, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(7, row.price);
                    }
                    ps.setBigDecimal(8, row.fee);
                    ps.setObject(9, LocalDateTime.ofInstant(row.time, ZoneOffset.UTC));
                    ps.setObject(10, createdAt);
                    ps.addBatch();
                    d.byType.merge(row.type, 1, Integer::sum);
                    d.rows++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        bumpLedgerVersion(db, d.portfolioId); // as every ledger write does; commits
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    bumpLedgerVersion(db, d.portfolioId);
                }
            } finally {
                db.setAutoCommit(autoCommit);
            }
            d.insertNanos = System.nanoTime() - start;
            int stored = countTransactions(db, username);
            if (stored != size) {
                throw new IllegalStateException("inserted " + size + " rows but the portfolio has " + stored);
            }
            return d;
        }

        String describe() {
            return thousands(rows) + " rows over " + assets + " assets and " + ACCOUNTS.length + " accounts " + byType
                    + ", inserted in " + ms(insertNanos) + " ms";
        }

        /** Deterministic for a seed; tracks every account's holding so that nothing is overdrawn. */
        static final class Generator {
            record Row(String type, int asset, int account, int toAccount, BigDecimal quantity, BigDecimal price,
                       BigDecimal fee, Instant time) {
            }

            private final int size;
            private final SplittableRandom random;
            private final List<TreeMap<LocalDate, BigDecimal>> closes = new ArrayList<>();
            private final BigDecimal[][] held;
            private final long span = TO.getEpochSecond() - FROM.getEpochSecond();
            private int index;

            Generator(int size, long seed, List<Long> assetIds, Map<Long, TreeMap<LocalDate, BigDecimal>> closes) {
                if (size <= 0 || size > span) {
                    throw new IllegalArgumentException("transactions must be between 1 and " + span + ", was " + size);
                }
                this.size = size;
                this.random = new SplittableRandom(seed);
                for (Long id : assetIds) {
                    this.closes.add(closes.getOrDefault(id, new TreeMap<>()));
                }
                held = new BigDecimal[assetIds.size()][ACCOUNTS.length];
                for (BigDecimal[] row : held) {
                    Arrays.fill(row, BigDecimal.ZERO);
                }
            }

            Row next() {
                if (index == size) {
                    return null;
                }
                // One slot of the period per transaction: the times strictly increase with the ids.
                long slotStart = span * index / size;
                long slotEnd = span * (index + 1) / size;
                Instant time = FROM.plusSeconds(slotStart + random.nextLong(slotEnd - slotStart))
                        .plusNanos(random.nextInt(1_000_000) * 1_000L);
                index++;
                int asset = random.nextInt(held.length);
                int roll = random.nextInt(100);
                BigDecimal market = close(asset, LocalDate.ofInstant(time, ZoneOffset.UTC));
                if (roll < 12) {
                    int account = random.nextInt(2);
                    BigDecimal part = share(held[asset][account], 10 + random.nextInt(41));
                    if (part.signum() > 0) {
                        held[asset][account] = held[asset][account].subtract(part);
                        BigDecimal price = jitter(market);
                        return new Row("SELL", asset, account, -1, part, price, usd(random.nextInt(500)), time);
                    }
                } else if (roll < 15) {
                    int from = random.nextInt(ACCOUNTS.length);
                    int to = (from + 1 + random.nextInt(ACCOUNTS.length - 1)) % ACCOUNTS.length;
                    BigDecimal part = share(held[asset][from], 20 + random.nextInt(61));
                    if (part.signum() > 0) {
                        held[asset][from] = held[asset][from].subtract(part);
                        held[asset][to] = held[asset][to].add(part);
                        return new Row("TRANSFER", asset, from, to, part, null, usd(random.nextInt(200)), time);
                    }
                }
                // A buy, also when there was nothing to sell or transfer: 10 to 5,000 USD worth.
                int account = random.nextInt(2);
                BigDecimal spent = usd(1_000 + random.nextInt(499_001));
                BigDecimal price = jitter(market);
                BigDecimal quantity = spent.divide(price, 8, RoundingMode.DOWN);
                if (quantity.signum() == 0) {
                    quantity = new BigDecimal("0.00000001");
                }
                held[asset][account] = held[asset][account].add(quantity);
                BigDecimal fee = spent.multiply(BUY_FEE_RATE).setScale(2, RoundingMode.HALF_UP);
                return new Row("BUY", asset, account, -1, quantity, price, fee, time);
            }

            /** The day's close, else the nearest earlier one, else the first one; 1 without any history. */
            private BigDecimal close(int asset, LocalDate day) {
                TreeMap<LocalDate, BigDecimal> history = closes.get(asset);
                if (history.isEmpty()) {
                    return BigDecimal.ONE;
                }
                Map.Entry<LocalDate, BigDecimal> entry = history.floorEntry(day);
                return (entry != null ? entry : history.firstEntry()).getValue();
            }

            /** The close give or take 3 %, to the cent above 1 USD and to 12 decimals below. */
            private BigDecimal jitter(BigDecimal close) {
                BigDecimal factor = BigDecimal.valueOf(9_700 + random.nextInt(601), 4);
                BigDecimal price = close.multiply(factor);
                price = price.setScale(price.compareTo(BigDecimal.ONE) >= 0 ? 2 : 12, RoundingMode.HALF_UP);
                return price.signum() > 0 ? price : new BigDecimal("0.000000000001");
            }

            private static BigDecimal share(BigDecimal held, int percent) {
                return held.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, 8, RoundingMode.DOWN);
            }

            private static BigDecimal usd(int cents) {
                return BigDecimal.valueOf(cents, 2);
            }
        }
    }

    // ---- The application process -------------------------------------------------------------------

    record Memory(String when, List<ProcessMemory> processes) {
    }

    record ProcessMemory(String name, long pid, long rssKb, long hwmKb, Long heapUsedKb, Long heapCommittedKb) {
    }

    record GcWindow(long heapUsedKb, int logLines) {
    }

    /** Collections during a window, and the bytes allocated in it (from the heap before and after, plus what GC freed). */
    record GcFigures(int pauses, long pauseMicros, long allocatedKb, int requests) {
        long allocatedKbPerRequest() {
            return requests == 0 ? 0 : allocatedKb / requests;
        }
    }

    static final class App implements AutoCloseable {
        final Options options;
        final Process process;
        final Path log;
        final Path gcLog;
        final int httpPort;
        final int dbPort;
        final long startedAt;
        long startupNanos;
        boolean stoppedCleanly;
        private boolean closed;

        private App(Options options, Process process, Path log, Path gcLog, int httpPort, int dbPort, long startedAt) {
            this.options = options;
            this.process = process;
            this.log = log;
            this.gcLog = gcLog;
            this.httpPort = httpPort;
            this.dbPort = dbPort;
            this.startedAt = startedAt;
        }

        static App start(Options o) throws IOException {
            Path target = o.webDir.resolve("target");
            Path jar = target.resolve("quarkus-app").resolve("quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build it with ./mvnw -B -DskipTests install");
            }
            Path data = target.resolve("bench-data");
            deleteTree(data);
            Files.createDirectories(data);
            Path log = target.resolve("bench-app.log");
            Path gcLog = target.resolve("bench-gc.log");
            Files.deleteIfExists(gcLog);
            int[] ports = freePorts(2);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(o.appJvmArgs);
            command.add("-Xlog:gc:file=" + gcLog.toAbsolutePath());
            command.add("-jar");
            command.add(jar.toAbsolutePath().toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(target.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("BALLAST_DATA_DIR", data.toAbsolutePath().toString());
            builder.environment().put("BALLAST_EMBEDDED_DB_PORT", Integer.toString(ports[0]));
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(ports[1]));
            builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
            log("starting " + String.join(" ", command) + " (log: " + log + ")");
            long startedAt = System.nanoTime();
            return new App(o, builder.start(), log, gcLog, ports[1], ports[0], startedAt);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + httpPort + path);
        }

        String jdbcUrl() {
            return "jdbc:mysql://127.0.0.1:" + dbPort
                    + "/ballast?sslMode=DISABLED&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
        }

        void awaitHealthy() throws InterruptedException {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = startedAt + START_TIMEOUT.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited with " + process.exitValue() + ": see " + log);
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/q/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        startupNanos = System.nanoTime() - startedAt;
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("/q/health not UP within " + START_TIMEOUT.toSeconds() + " s: see " + log);
                }
                Thread.sleep(250);
            }
        }

        Memory memory(String when) {
            List<ProcessMemory> list = new ArrayList<>();
            long[] heap = heapInfo();
            list.add(processMemory("application JVM", process.toHandle(), heap));
            for (ProcessHandle child : process.toHandle().descendants().toList()) {
                list.add(processMemory(child.info().command().map(c -> Path.of(c).getFileName().toString())
                        .orElse("child"), child, null));
            }
            Memory memory = new Memory(when, list);
            log("memory " + when + ": " + list);
            return memory;
        }

        private static ProcessMemory processMemory(String name, ProcessHandle handle, long[] heap) {
            Map<String, Long> status = procStatus(handle.pid());
            return new ProcessMemory(name, handle.pid(), status.getOrDefault("VmRSS", -1L),
                    status.getOrDefault("VmHWM", -1L), heap == null ? null : heap[0], heap == null ? null : heap[1]);
        }

        /** Used and committed heap in KiB from {@code jcmd <pid> GC.heap_info}, or null. */
        long[] heapInfo() {
            return parseHeap(jcmd("GC.heap_info"));
        }

        long[] heapAfterFullGc() {
            jcmd("GC.run");
            long[] heap = heapInfo();
            log("heap after a full GC: " + (heap == null ? "n/a" : Arrays.toString(heap) + " KiB"));
            return heap;
        }

        static long[] parseHeap(String output) {
            if (output == null) {
                return null;
            }
            Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(output);
            long total = 0;
            long used = 0;
            boolean found = false;
            while (m.find()) {
                total += Long.parseLong(m.group(1));
                used += Long.parseLong(m.group(2));
                found = true;
            }
            return found ? new long[] {used, total} : null;
        }

        String jcmd(String command) {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            if (!Files.isExecutable(jcmd)) {
                return null;
            }
            try {
                Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** The collector and the maximum heap the JVM chose, from {@code jcmd <pid> VM.flags}. */
        String heapFlags() {
            String flags = jcmd("VM.flags");
            if (flags == null) {
                return "flags n/a";
            }
            Matcher gc = Pattern.compile("-XX:\\+Use(\\w+)GC\\b").matcher(flags);
            Matcher max = Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(flags);
            return (gc.find() ? gc.group(1) + " GC" : "GC ?") + ", max heap "
                    + (max.find() ? mib(Long.parseLong(max.group(1)) / 1024) + " MiB" : "?");
        }

        GcWindow gcWindowStart() {
            long[] heap = heapInfo();
            return new GcWindow(heap == null ? -1 : heap[0], gcLogLines().size());
        }

        GcFigures gcWindowEnd(GcWindow start, int requests) {
            long[] heap = heapInfo();
            List<String> lines = gcLogLines();
            Pattern pause = Pattern.compile("GC\\(\\d+\\) Pause .*? (\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\) ([0-9.]+)ms");
            int pauses = 0;
            long pauseMicros = 0;
            long freedKb = 0;
            for (String line : lines.subList(Math.min(start.logLines, lines.size()), lines.size())) {
                Matcher m = pause.matcher(line);
                if (m.find()) {
                    pauses++;
                    freedKb += kb(m.group(1), m.group(2)) - kb(m.group(3), m.group(4));
                    pauseMicros += new BigDecimal(m.group(5)).movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValue();
                }
            }
            long allocated = heap == null || start.heapUsedKb < 0 ? -1 : heap[0] - start.heapUsedKb + freedKb;
            return new GcFigures(pauses, pauseMicros, allocated, requests);
        }

        private static long kb(String value, String unit) {
            long v = Long.parseLong(value);
            return switch (unit) {
                case "G" -> v * 1024 * 1024;
                case "M" -> v * 1024;
                default -> v;
            };
        }

        private List<String> gcLogLines() {
            try {
                return Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
            } catch (IOException e) {
                return List.of();
            }
        }

        /** Stops the application and every process it started (the embedded MariaDB). Idempotent. */
        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            List<ProcessHandle> tree = new ArrayList<>(process.toHandle().descendants().toList());
            try {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
                for (ProcessHandle child : tree) {
                    if (child.isAlive()) {
                        child.destroy();
                        try {
                            child.onExit().get(30, TimeUnit.SECONDS);
                        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                            child.destroyForcibly();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            stoppedCleanly = !process.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive);
            log("application stopped (" + (1 + tree.size()) + " processes), all gone: " + stoppedCleanly);
        }
    }

    static Map<String, Long> procStatus(long pid) {
        Map<String, Long> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.endsWith(" kB")) {
                    values.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1, line.length() - 3).trim()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return values;
    }

    static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- Report ------------------------------------------------------------------------------------

    static final class Report {
        final Options options;
        final ZonedDateTime date = ZonedDateTime.now(ZoneOffset.UTC);
        String loadAtStart;
        String loadAtEnd;
        long startupNanos;
        String jvmFlags;
        Dataset dataset;
        int demoTransactions;
        int demoHoldings;
        Sample benchFirst;
        int responseBytes;
        final List<Piece> pieces = new ArrayList<>();
        final List<Series> series = new ArrayList<>();
        final List<Memory> memory = new ArrayList<>();
        long[] liveHeapBefore;
        long[] liveHeapAfterFullGc;
        boolean stoppedCleanly;

        Report(Options options) {
            this.options = options;
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("## End to end: `GET /api/holdings`\n\n");
            md.append("_Written by `HoldingsLoadDriver` on ").append(date.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                    .append(" UTC; rerunning replaces this section._\n\n");
            md.append("- **Command:** `").append(COMMAND).append("`\n");
            md.append("- **Code:** ").append(codeVersion(options.webDir)).append('\n');
            md.append("- **Machine:** ").append(machine()).append('\n');
            md.append("- **Load average** (1, 5, 15 min; others' builds may share the machine): ")
                    .append(loadAtStart).append(" before, ").append(loadAtEnd).append(" after\n");
            md.append("- **Application:** the packaged `quarkus-run.jar` with its embedded MariaDB, default JVM options")
                    .append(options.appJvmArgs.isEmpty() ? "" : " plus `" + String.join(" ", options.appJvmArgs) + "`")
                    .append(" and a GC log (").append(jvmFlags).append("); UP after ").append(ms(startupNanos))
                    .append(" ms\n");
            md.append("- **Data:** user `").append(BENCH_USER).append("` with ").append(thousands(dataset.rows))
                    .append(" transactions ").append(dataset.byType).append(" over ").append(dataset.assets)
                    .append(" assets and 3 accounts, 2018–2025, inserted over JDBC in ").append(ms(dataset.insertNanos))
                    .append(" ms (bumping `ledger_version` as writes do); the demo user has ").append(demoTransactions)
                    .append(" transactions, ").append(demoHoldings).append(" holdings. The 20-holding answer is ")
                    .append(thousands(responseBytes)).append(" bytes of JSON.\n");
            md.append("- **Client:** `java.net.http.HttpClient`, HTTP/1.1 on loopback, HTTP Basic; ")
                    .append(options.warmup).append(" warm-up requests per user, then the series below. Every answer was")
                    .append(" checked: 200 with all holdings (201 for the POSTs).\n\n");

            md.append("| Portfolio | Request | Ledger | Clients | n | min | p50 | p90 | p99 | max | req/s | GC pauses (ms) | allocated / request |\n");
            md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Series s : series) {
                md.append("| ").append(s.portfolio).append(" | ").append(s.request).append(" | ").append(s.cache)
                        .append(" | ").append(s.clients).append(" | ").append(s.sorted.length)
                        .append(" | ").append(ms(s.sorted[0])).append(" | ").append(ms(s.percentile(50)))
                        .append(" | ").append(ms(s.percentile(90))).append(" | ").append(ms(s.percentile(99)))
                        .append(" | ").append(ms(s.sorted[s.sorted.length - 1])).append(" | ").append(s.throughput())
                        .append(" | ");
                if (s.gc == null) {
                    md.append("with the row above | with the row above");
                } else {
                    md.append(s.gc.pauses()).append(" (").append(ms(s.gc.pauseMicros() * 1_000L)).append(")")
                            .append(" | ").append(s.gc.allocatedKb() < 0 ? "n/a" : kib(s.gc.allocatedKbPerRequest() * 1024));
                }
                md.append(" |\n");
            }
            md.append("\nTimes in ms, from sending the request to the last byte of the answer. \"req/s\" is requests over")
                    .append(" the time spent in them. The very first request of `").append(BENCH_USER)
                    .append("` (bcrypt check of the password, then remembered for 5 minutes; ledger not yet in memory;")
                    .append(" colder code) took ").append(ms(benchFirst.nanos())).append(" ms.\n\n");

            Series kept = series.get(0);
            Series changed = series.stream().filter(s -> s.cache.equals(AFTER_DB_CHANGE)).findFirst().orElse(kept);
            md.append("**Target (under 200 ms end to end for 100,000 transactions, judged on the sequential p90):** ")
                    .append(verdict(kept)).append(" while the ledger is unchanged (p50 ").append(ms(kept.percentile(50)))
                    .append(" ms, p90 ").append(ms(kept.percentile(90))).append(" ms); ").append(verdict(changed))
                    .append(" when it must be read and replayed again (p50 ").append(ms(changed.percentile(50)))
                    .append(" ms, p90 ").append(ms(changed.percentile(90))).append(" ms).\n\n");

            md.append("The pieces, timed on their own from the driver (its own JVM, same machine) after `ANALYZE TABLE`;")
                    .append(" median and min of 10 runs after warm-ups; the SQL is what `LedgerRepository` sends, written out:\n\n");
            md.append("| Piece | rows | median ms | min ms | allocated / run | plan (EXPLAIN) |\n|---|---:|---:|---:|---:|---|\n");
            for (Piece p : pieces) {
                md.append("| ").append(p.what()).append(" | ").append(thousands(p.rows())).append(" | ")
                        .append(ms(p.median())).append(" | ").append(ms(p.sorted()[0])).append(" | ")
                        .append(p.allocatedBytesPerOp() == null ? "" : kib(p.allocatedBytesPerOp()))
                        .append(" | ").append(p.plan() == null ? "" : "`" + p.plan() + "`").append(" |\n");
            }
            md.append("\nMemory (resident set from `/proc/<pid>/status`: VmRSS now, VmHWM the peak so far; heap from `jcmd GC.heap_info`):\n\n");
            md.append("| When | Process | VmRSS MiB | VmHWM MiB | heap used / committed MiB |\n|---|---|---:|---:|---:|\n");
            for (Memory m : memory) {
                for (ProcessMemory p : m.processes()) {
                    md.append("| ").append(m.when()).append(" | ").append(p.name()).append(" | ").append(mib(p.rssKb()))
                            .append(" | ").append(mib(p.hwmKb())).append(" | ")
                            .append(p.heapUsedKb() == null ? "" : mib(p.heapUsedKb()) + " / " + mib(p.heapCommittedKb()))
                            .append(" |\n");
                }
            }
            if (liveHeapBefore != null && liveHeapAfterFullGc != null) {
                md.append("\nHeap in use after a full GC (what the application keeps): ").append(mib(liveHeapBefore[0]))
                        .append(" MiB before the first holdings request of `").append(BENCH_USER).append("`, ")
                        .append(mib(liveHeapAfterFullGc[0])).append(" MiB at the end (")
                        .append(mib(liveHeapAfterFullGc[1])).append(" MiB committed).\n");
            }
            md.append("\"Allocated / request\" is the heap used after the series minus before, plus what the collections")
                    .append(" in between freed, divided by the requests: approximate (the GC log rounds to the MiB);")
                    .append(" for the GET just after a POST it covers the POST and the GET together.\n");
            return md.toString();
        }

        /** The commit measured, from read-only git commands; notes uncommitted changes to the main code. */
        private static String codeVersion(Path webDir) {
            Path root = webDir.toAbsolutePath().normalize().getParent();
            String commit = git(root, "rev-parse", "--short", "HEAD");
            if (commit == null) {
                return "n/a (no git)";
            }
            String changed = git(root, "status", "--porcelain", "--", "domain/src/main", "scoring/src/main",
                    "portfolio/src/main", "migrations/src/main", "web/src/main", "pom.xml", "web/pom.xml");
            return "commit `" + commit.trim() + "`" + (changed == null || changed.isBlank() ? ""
                    : " with uncommitted changes to the main code");
        }

        private static String git(Path root, String... args) {
            List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
            command.addAll(List.of(args));
            try {
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        private static String verdict(Series s) {
            return s.percentile(90) < 200_000_000L ? "met" : "missed";
        }

        private String machine() {
            String cpu = "";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
            } catch (IOException e) {
                // not Linux
            }
            long memKb = -1;
            try {
                memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                        .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1L);
            } catch (IOException | NumberFormatException e) {
                // not Linux
            }
            return Runtime.getRuntime().availableProcessors() + " CPUs (nproc)" + (cpu.isEmpty() ? "" : ", " + cpu)
                    + ", " + (memKb < 0 ? "?" : BigDecimal.valueOf(memKb).divide(BigDecimal.valueOf(1024L * 1024L), 1,
                    RoundingMode.HALF_UP).toPlainString()) + " GiB RAM, " + System.getProperty("os.name") + " "
                    + System.getProperty("os.version") + ", Java " + System.getProperty("java.runtime.version") + " ("
                    + System.getProperty("java.vm.name") + ", " + System.getProperty("java.vm.vendor") + ")";
        }
    }

    static void writeSection(Path doc, String section) throws IOException {
        String block = START_MARKER + "\n" + section + END_MARKER;
        String content = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Performance\n";
        int start = content.indexOf(START_MARKER);
        int end = content.indexOf(END_MARKER);
        if (start >= 0 && end > start) {
            content = content.substring(0, start) + block + content.substring(end + END_MARKER.length());
        } else {
            content = content + (content.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
        }
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, content, StandardCharsets.UTF_8);
    }

    // ---- Small helpers -----------------------------------------------------------------------------

    static final class Options {
        Path webDir;
        int transactions = 100_000;
        int warmup = 20;
        int requests = 200;
        int concurrency = 10;
        long seed = 20_250_101L;
        boolean writeDocs = true;
        List<String> appJvmArgs = List.of();

        static Options parse(String[] args) {
            Options o = new Options();
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                if (arg == null || arg.isBlank()) {
                    continue;
                }
                if (!arg.startsWith("--") || !arg.contains("=")) {
                    throw new IllegalArgumentException("arguments are --name=value, was " + arg);
                }
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1).trim());
            }
            for (Map.Entry<String, String> e : values.entrySet()) {
                String v = e.getValue();
                if (v.isEmpty() || v.startsWith("${")) {
                    continue; // an unset Maven property
                }
                switch (e.getKey()) {
                    case "web-dir" -> o.webDir = Path.of(v);
                    case "transactions" -> o.transactions = Integer.parseInt(v);
                    case "warmup" -> o.warmup = Integer.parseInt(v);
                    case "requests" -> o.requests = Integer.parseInt(v);
                    case "concurrency" -> o.concurrency = Integer.parseInt(v);
                    case "seed" -> o.seed = Long.parseLong(v);
                    case "write-docs" -> o.writeDocs = Boolean.parseBoolean(v);
                    case "app-jvm-args" -> o.appJvmArgs = List.of(v.split("\\s+"));
                    default -> throw new IllegalArgumentException("unknown argument --" + e.getKey());
                }
            }
            if (o.webDir == null) {
                o.webDir = Path.of("").toAbsolutePath().getFileName().toString().equals("web")
                        ? Path.of("").toAbsolutePath() : Path.of("web").toAbsolutePath();
            }
            if (o.requests < 1 || o.concurrency < 1 || o.warmup < 0) {
                throw new IllegalArgumentException("requests and concurrency must be at least 1, warmup at least 0");
            }
            return o;
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** Nanoseconds as milliseconds with one decimal. */
    static String ms(long nanos) {
        return BigDecimal.valueOf(nanos).movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String mib(long kb) {
        if (kb < 0) {
            return "n/a";
        }
        return BigDecimal.valueOf(kb).divide(BigDecimal.valueOf(1024), 0, RoundingMode.HALF_UP).toPlainString();
    }

    /** Bytes as MiB above 1 MiB, else as KiB. */
    static String kib(long bytes) {
        return bytes >= 1024 * 1024 ? mib(bytes / 1024) + " MiB"
                : BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, RoundingMode.HALF_UP).toPlainString() + " KiB";
    }

    static String thousands(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    static void log(String message) {
        System.out.println("[holdings-bench " + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }
}
