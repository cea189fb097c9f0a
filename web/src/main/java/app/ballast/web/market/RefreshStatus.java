package app.ballast.web.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Each provider's last refresh (table {@code market_refresh}), for the prices page. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RefreshStatus {

    /** How a provider's last refresh went, and when it last delivered. */
    public record ProviderStatus(String provider, Instant attemptedAt, ProviderOutcome.Outcome outcome, int values,
                                 String message, Instant succeededAt) {
    }

    @Inject
    EntityManager em;

    /** Records the outcomes of a refresh, one row per provider (a success also moves its succeeded time). */
    public void record(List<ProviderOutcome> outcomes, Instant at) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO market_refresh (provider, attempted_at, outcome, value_count, message, succeeded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE attempted_at = VALUES(attempted_at), outcome = VALUES(outcome),
                        value_count = VALUES(value_count), message = VALUES(message),
                        succeeded_at = COALESCE(VALUES(succeeded_at), succeeded_at)""")) {
                for (ProviderOutcome o : outcomes) {
                    boolean delivered = o.outcome() == ProviderOutcome.Outcome.OK
                            || o.outcome() == ProviderOutcome.Outcome.PARTIAL;
                    upsert.setString(1, o.provider());
                    upsert.setObject(2, PriceBook.utc(at));
                    upsert.setString(3, o.outcome().name());
                    upsert.setInt(4, o.values());
                    upsert.setString(5, o.message() == null ? null : shorten(o.message()));
                    upsert.setObject(6, delivered ? PriceBook.utc(at) : null);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderStatus> list() {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<ProviderStatus> statuses = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT provider, attempted_at, outcome, value_count, message, succeeded_at
                    FROM market_refresh ORDER BY provider""");
                 ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    statuses.add(new ProviderStatus(r.getString(1), PriceBook.instant(r, 2),
                            ProviderOutcome.Outcome.valueOf(r.getString(3)), r.getInt(4), r.getString(5),
                            PriceBook.instant(r, 6)));
                }
            }
            return statuses;
        });
    }

    private static String shorten(String message) {
        return message.length() <= 1000 ? message : message.substring(0, 997) + "...";
    }
}
