package app.ballast.web.bench;

import app.ballast.web.policy.DcaService;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test (its name keeps it out of the suite): a DCA day with 10,000 plans due,
 * 10 daily plans of 100 USD on 10 assets for each of 1,000 users, all auto-recorded, through
 * {@link DcaService#runDueForAll}, the method the daily DCA job calls (one transaction per user).
 * <pre>./mvnw -o -B -pl web -am verify -Dtest=DcaBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * System properties: bench.users (1000), bench.plans-per-user (10). The day's close of each asset is
 * stored first. Prints the figures; asserts what the run did, never how long it took.
 */
@QuarkusTest
class DcaBenchmark {

    @Inject
    DcaService dca;

    @Inject
    AgroalDataSource db;

    @Test
    void aDcaDayWith10kPlansDue() throws Exception {
        int userCount = Integer.getInteger("bench.users", 1000);
        int perUser = Integer.getInteger("bench.plans-per-user", 10);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Long> assets;
        try (Connection c = db.getConnection()) {
            assets = BenchData.assets(c, perUser);
        }
        List<Long> users = BenchData.users(db, "dca-bench", userCount, assets);
        int plans = seed(users, assets, today);
        System.out.printf("seeded %d users, %d DCA plans due %s%n", users.size(), plans, today);

        long start = System.nanoTime();
        DcaService.DcaDay day = dca.runDueForAll(today);
        long nanos = System.nanoTime() - start;
        long startAgain = System.nanoTime();
        DcaService.DcaDay again = dca.runDueForAll(today);
        long againNanos = System.nanoTime() - startAgain;

        // the benchmark's own users only: other plans of the database (the demo's weekly ones) may be due today too
        long executed = BenchData.count(db, "SELECT COUNT(*) FROM dca_execution e JOIN dca_plan p ON p.id = e.plan_id"
                + " JOIN app_user u ON u.id = p.user_id WHERE u.username LIKE 'dca-bench%' AND e.status = 'EXECUTED'"
                + " AND e.due_date = '" + today + "'");
        long bought = BenchData.count(db, "SELECT COUNT(*) FROM ledger_transaction WHERE note LIKE 'DCA plan %'");
        System.out.printf("%nDCA BENCHMARK: %d users, %d plans due; runDueForAll: %s ms (%s ms per user, %s plans/s);"
                        + " %d executions added, %d EXECUTED rows, %d buys in the ledger, %d failed users;"
                        + " second run the same day: %s ms, %d added%n",
                users.size(), plans, BenchData.ms(nanos), String.format("%.1f", nanos / 1e6 / users.size()),
                Math.round(plans / (nanos / 1e9)), day.added(), executed, bought, day.failed().size(),
                BenchData.ms(againNanos), again.added());
        assertEquals(plans, executed, "every due plan of the benchmark's users executed once");
        assertEquals(0, again.added());
    }

    /** Daily plans created yesterday (checked up to yesterday), and today's close of each asset. */
    private int seed(List<Long> users, Map<String, Long> assets, LocalDate today) throws Exception {
        Timestamp now = BenchData.utc(Instant.now());
        int count = 0;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO price_point (asset_id, price_date, close, source, recorded_at) VALUES (?, ?, 100, 'bench', ?)
                    ON DUPLICATE KEY UPDATE close = 100""")) {
                for (long asset : assets.values()) {
                    p.setLong(1, asset);
                    p.setObject(2, today);
                    p.setTimestamp(3, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO dca_plan (user_id, asset_id, amount, frequency, start_date, auto_record, last_run_on,
                        created_at) VALUES (?, ?, 100, 'DAILY', ?, TRUE, ?, ?)""")) {
                for (long user : users) {
                    for (long asset : assets.values()) {
                        p.setLong(1, user);
                        p.setLong(2, asset);
                        p.setObject(3, today.minusDays(1));
                        p.setObject(4, today.minusDays(1));
                        p.setTimestamp(5, now);
                        p.addBatch();
                        count++;
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
        return count;
    }
}
