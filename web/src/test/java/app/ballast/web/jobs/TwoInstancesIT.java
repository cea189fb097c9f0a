package app.ballast.web.jobs;

import app.ballast.web.db.EmbeddedDatabase;
import app.ballast.web.support.AtOnce;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale-out: two Ballast processes (the packaged app) on one MariaDB, sharing the jobs through Quartz's
 * clustered store. Every effect happens exactly once, whichever instance runs a job and however many
 * times it is asked for at once (DCA executions per plan and date, a stop's trigger, the quarter's
 * suggestion per portfolio); and when one instance is killed (kill -9) in the middle of a long run, the
 * other finishes the work, still exactly once. The price feed is a local stub serving a price that hits
 * the stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final String PASSWORD = "two-instances-password";
    static final Duration PATIENCE = Duration.ofSeconds(120);
    /** The stub's SOL price: far below any stop set on the bundled 2025 closes (about 150 USD). */
    static final String SOL_PRICE = "1.5";

    static Path dir;
    static EmbeddedDatabase database;
    static WireMockServer feed;
    static AppInstance a;
    static AppInstance b;
    static String admin;
    static LocalDate today;

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws InterruptedException {
        dir = Path.of("target", "it-two-instances", "run-" + ProcessHandle.current().pid()).toAbsolutePath();
        deleteRecursively(dir);
        database = EmbeddedDatabase.start(dir.resolve("mariadb"), 0);
        feed = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        feed.start();
        // No last_updated_at: each answer is stamped when it arrives, so every refresh brings a newer price.
        feed.stubFor(get(urlPathEqualTo("/simple/price")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"solana\": {\"usd\": " + SOL_PRICE + "}, \"ethereum\": {\"usd\": 2500},"
                + " \"bitcoin\": {\"usd\": 60000}}")));
        feed.stubFor(get(urlPathEqualTo("/coins/markets")).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("[]")));
        Map<String, String> settings = new HashMap<>();
        settings.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        settings.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
        settings.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        settings.put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "the-same-key-on-every-instance-0123456789");
        settings.put("BALLAST_DEMO_ENABLED", "false");
        settings.put("BALLAST_MARKET_COINGECKO_BASE_URL", feed.baseUrl());
        settings.put("BALLAST_MARKET_FEAR_GREED_ENABLED", "false");
        settings.put("BALLAST_MARKET_REFRESH_INTERVAL", "10s");
        // The first instance creates the schema; the second joins the cluster it finds.
        a = AppInstance.start("node-a", dir, settings).awaitReady(PATIENCE);
        b = AppInstance.start("node-b", dir, settings).awaitReady(PATIENCE);
        admin = signUp(a, "admin"); // the first user of the installation: its admin
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        for (AppInstance app : new AppInstance[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (feed != null) {
            feed.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void everyEffectHappensOnceWhenBothInstancesRunTheJobs() throws InterruptedException {
        List<String> users = new ArrayList<>();
        List<Long> plans = new ArrayList<>();
        List<Long> stops = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AppInstance app = i % 2 == 0 ? a : b; // no stickiness: any instance serves any user
            String user = signUp(app, "investor" + i);
            users.add(user);
            app.post("/api/transactions", Map.of("type", "BUY", "symbol", "SOL", "account", "Kraken", "quantity", 10,
                    "price", new BigDecimal("150"), "fee", 0, "time", "2025-01-02T00:00:00Z"), user, PASSWORD).expect(201);
            plans.add(app.post("/api/dca-plans", Map.of("symbol", "SOL", "amount", 20, "frequency", "DAILY",
                    "start", "2025-05-01", "autoRecord", true), user, PASSWORD).expect(201).json().get("id").asLong());
            stops.add(app.post("/api/stops", Map.of("symbol", "SOL", "type", "TRAILING", "trail",
                    new BigDecimal("0.25"), "armedOn", "2025-05-01"), user, PASSWORD).expect(201).json().get("id").asLong());
        }
        // Ballast (both instances) was down for three days before today.
        for (long plan : plans) {
            sql("UPDATE dca_plan SET last_run_on = ? WHERE id = ?", today.minusDays(4), plan);
        }
        long since = scalar("SELECT COALESCE(MAX(id), 0) FROM job_run");

        for (String job : List.of("dca-due", "quarterly-rebalance", "price-refresh", "value-snapshot")) {
            List<Integer> answers = AtOnce.run(2, i -> (i == 0 ? a : b).post("/api/jobs/" + job + "/run", null, admin,
                    PASSWORD).status());
            assertEquals(List.of(202, 202), answers, job);
        }
        // Each job asked twice (once per instance): wait for both runs of each, and for the stops, which need
        // a second refresh (on the schedule, every 10 s) to confirm a price that jumped beyond the limit.
        await("two finished runs of each job asked for", () -> Stream.of("dca-due", "quarterly-rebalance",
                "price-refresh", "value-snapshot").allMatch(job -> scalar("SELECT COUNT(*) FROM job_run WHERE id > ? "
                + "AND job_id = ? AND trigger_kind = 'MANUAL' AND finished_at IS NOT NULL", since, job) >= 2));
        await("every stop triggered", () -> scalar("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'STOP' "
                + "AND plan_id IN (" + ids(stops) + ")") >= stops.size());

        // DCA: one execution per plan and date (three missed, today's), one buy at most per plan and date.
        for (long plan : plans) {
            assertEquals(List.of(today.minusDays(3), today.minusDays(2), today.minusDays(1), today),
                    dates("SELECT due_date FROM dca_execution WHERE plan_id = ? ORDER BY due_date", plan), "plan " + plan);
            assertEquals(scalar("SELECT COUNT(*) FROM dca_execution WHERE plan_id = ? AND status = 'EXECUTED'", plan),
                    scalar("SELECT COUNT(*) FROM ledger_transaction WHERE note LIKE ?", "DCA plan " + plan + ":%"),
                    "one ledger buy per executed date of plan " + plan);
        }
        assertEquals(0, scalar("SELECT COUNT(*) FROM (SELECT note FROM ledger_transaction WHERE note LIKE 'DCA plan %' "
                + "GROUP BY note HAVING COUNT(*) > 1) twice"), "no DCA buy recorded twice");
        // Stops: one trigger each, and one sell suggestion each.
        for (long stop : stops) {
            assertEquals(1, scalar("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'STOP' AND plan_id = ?", stop));
        }
        assertEquals(stops.size(), scalar("SELECT COUNT(DISTINCT suggestion_id) FROM plan_trigger WHERE "
                + "plan_kind = 'STOP' AND plan_id IN (" + ids(stops) + ")"));
        // Notifications: one per stop trigger, one per DCA execution bought, none twice.
        for (Object[] trigger : rows("SELECT id, user_id FROM plan_trigger WHERE plan_kind = 'STOP' AND plan_id IN ("
                + ids(stops) + ")")) {
            assertEquals(1, scalar("SELECT COUNT(*) FROM notification WHERE user_id = ? AND event_key = ?", trigger[1],
                    "trigger:" + trigger[0]));
        }
        assertEquals(0, scalar("SELECT COUNT(*) FROM (SELECT user_id, event_key FROM notification "
                + "GROUP BY user_id, event_key HAVING COUNT(*) > 1) twice"));
        // The quarter: one suggestion per portfolio.
        String quarter = QuarterlyRebalanceJob.quarter(today);
        for (String user : users) {
            assertEquals(1, scalar("SELECT COUNT(*) FROM rebalance_suggestion s JOIN portfolio p ON p.id = s.portfolio_id "
                    + "JOIN app_user u ON u.id = p.user_id WHERE u.username = ? AND s.quarter = ?", user, quarter), user);
        }
        // The value snapshot: one row per portfolio and day.
        assertEquals(0, scalar("SELECT COUNT(*) FROM (SELECT portfolio_id, snapshot_date FROM portfolio_value_snapshot "
                + "GROUP BY portfolio_id, snapshot_date HAVING COUNT(*) > 1) twice"));
        assertEquals(users.size(), scalar("SELECT COUNT(*) FROM portfolio_value_snapshot WHERE snapshot_date = ?",
                today.minusDays(1)));
        // Both instances are in the cluster, and the schedule ran the refresh too.
        assertEquals(2, scalar("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE"));
        assertTrue(scalar("SELECT COUNT(*) FROM job_run WHERE job_id = 'price-refresh' AND trigger_kind = 'SCHEDULE' "
                + "AND outcome = 'OK'") >= 1, "the 10 s schedule refreshed the prices");
        JsonNode jobs = b.get("/api/jobs", users.get(0), PASSWORD).expect(200).json();
        for (JsonNode job : jobs) {
            assertTrue(job.get("nextRun").isTextual(), "every job is scheduled: " + job);
        }
        assertEquals(0, scalar("SELECT COUNT(*) FROM job_run WHERE outcome <> 'OK' AND id > ?", since),
                "no run failed: " + rows("SELECT job_id, instance, outcome, error FROM job_run WHERE outcome <> 'OK'"));
    }

    @Test
    @Order(2)
    void whenAnInstanceIsKilledMidRunTheOtherFinishesTheWorkOnce() throws InterruptedException {
        int users = 30;
        int days = 20;
        List<Long> plans = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Long>>> made = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                AppInstance app = i % 2 == 0 ? a : b;
                int n = i;
                made.add(pool.submit(() -> {
                    String user = signUp(app, "saver" + n);
                    List<Long> ids = new ArrayList<>();
                    for (String symbol : List.of("SOL", "ETH", "BTC")) {
                        ids.add(app.post("/api/dca-plans", Map.of("symbol", symbol, "amount", 10, "frequency", "DAILY",
                                "start", "2025-05-01", "autoRecord", true), user, PASSWORD).expect(201).json()
                                .get("id").asLong());
                    }
                    return ids;
                }));
            }
            for (Future<List<Long>> f : made) {
                plans.addAll(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // Down for 19 days: every plan has 20 dates to record, 1,800 in all.
        sql("UPDATE dca_plan SET last_run_on = ? WHERE id IN (" + ids(plans) + ")", today.minusDays(days));
        long expected = (long) plans.size() * days;
        String executions = "SELECT COUNT(*) FROM dca_execution WHERE plan_id IN (" + ids(plans) + ")";
        long since = scalar("SELECT COALESCE(MAX(id), 0) FROM job_run");

        a.post("/api/jobs/dca-due/run", null, admin, PASSWORD).expect(202);
        await("the run started and wrote part of the work", () -> {
            long done = scalar(executions);
            return done > 0 && done < expected;
        });
        String runner = (String) rows("SELECT instance FROM job_run WHERE id > ? AND job_id = 'dca-due' "
                + "AND finished_at IS NULL", since).get(0)[0];
        AppInstance victim = runner.equals(a.name) ? a : b;
        AppInstance survivor = victim == a ? b : a;
        victim.kill();
        long atKill = scalar(executions);
        assertTrue(atKill < expected, "killed mid-run: " + atKill + " of " + expected + " written");
        long killedAt = System.nanoTime();

        await("the other instance finished the work", () -> scalar(executions) == expected
                && scalar("SELECT COUNT(*) FROM job_run WHERE id > ? AND job_id = 'dca-due' AND instance = ? "
                + "AND outcome = 'OK'", since, survivor.name) >= 1);

        System.out.printf("TwoInstancesIT: %s killed with %d of %d dates written; %s finished the work %d s later%n",
                victim.name, atKill, expected, survivor.name, Duration.ofNanos(System.nanoTime() - killedAt).toSeconds());
        assertEquals(0, scalar("SELECT COUNT(*) FROM (SELECT plan_id, due_date FROM dca_execution GROUP BY plan_id, due_date "
                + "HAVING COUNT(*) > 1) twice"), "no date twice");
        for (long plan : plans) {
            assertEquals(days, scalar("SELECT COUNT(*) FROM dca_execution WHERE plan_id = ?", plan), "plan " + plan);
            assertEquals(scalar("SELECT COUNT(*) FROM dca_execution WHERE plan_id = ? AND status = 'EXECUTED'", plan),
                    scalar("SELECT COUNT(*) FROM ledger_transaction WHERE note LIKE ?", "DCA plan " + plan + ":%"),
                    "plan " + plan);
        }
        List<Object[]> killed = rows("SELECT outcome, error FROM job_run WHERE id > ? AND job_id = 'dca-due' "
                + "AND instance = ?", since, victim.name);
        assertEquals("FAILED", killed.get(0)[0], "the killed instance's run is closed by the survivor");
        assertTrue(((String) killed.get(0)[1]).contains("interrupted"), (String) killed.get(0)[1]);
        assertTrue(survivor.alive(), survivor.tail());
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static String signUp(AppInstance app, String prefix) {
        String user = prefix + "-" + System.nanoTime() % 1_000_000;
        app.post("/api/signup", Map.of("username", user, "password", PASSWORD), null, null).expect(201);
        return user;
    }

    /** Waits until the condition holds (checked in the database), failing after {@link #PATIENCE}. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + PATIENCE + " for: " + what + "\nruns: "
                        + rows("SELECT job_id, instance, trigger_kind, outcome, error FROM job_run ORDER BY id")
                        .stream().map(java.util.Arrays::toString).toList()
                        + "\n--- node-a\n" + a.tail() + "\n--- node-b\n" + b.tail());
            }
            Thread.sleep(100);
        }
    }

    static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static long scalar(String query, Object... parameters) {
        return ((Number) rows(query, parameters).get(0)[0]).longValue();
    }

    static List<LocalDate> dates(String query, Object... parameters) {
        return rows(query, parameters).stream().map(r -> ((java.sql.Date) r[0]).toLocalDate()).toList();
    }

    static List<Object[]> rows(String query, Object... parameters) {
        try (Connection c = connection()) {
            return JobsSql.rows(c, query, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }

    static void sql(String statement, Object... parameters) {
        try (Connection c = connection()) {
            JobsSql.execute(c, statement, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
