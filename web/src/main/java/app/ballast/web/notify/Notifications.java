package app.ballast.web.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Records events for users, each at most once per (user, event key), and queues their e-mail and webhook
 * deliveries for users who configured them. Joins the caller's transaction: the notification is written
 * (or not) with the effect it reports, so a rolled-back stop trigger leaves no notification behind.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifications {

    /** Rows per INSERT statement: 7 parameters each, far below the server's 65,535 placeholders. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Inject
    EntityManager em;

    /** Whether this installation sends e-mail at all (an SMTP server is configured). */
    @ConfigProperty(name = "ballast.notifications.email.enabled", defaultValue = "false")
    boolean emailEnabled;

    Clock clock = Clock.systemUTC();

    /** Records one event; true if it is new, false if this user was told about it already. */
    public boolean notify(Notice notice) {
        return notifyAll(List.of(notice)) == 1;
    }

    /**
     * Records many events in a few statements (one INSERT per {@value #ROWS_PER_STATEMENT} notices, one more per
     * delivery channel); answers how many were new. Duplicates, within the batch or of events recorded before,
     * are left as they are.
     */
    public int notifyAll(Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        List<Notice> all = List.copyOf(notices);
        String token = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now(clock));
        Session session = em.unwrap(Session.class);
        session.flush(); // rows the caller wrote through Hibernate go first, as for any query
        return session.doReturningWork(connection -> {
            for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
                insert(connection, all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)), token, now);
            }
            int added = count(connection, token);
            if (added > 0) {
                if (emailEnabled) {
                    queue(connection, "EMAIL", "s.email_enabled AND s.email IS NOT NULL", token, now);
                }
                queue(connection, "WEBHOOK", "s.webhook_enabled AND s.webhook_url IS NOT NULL", token, now);
            }
            return added;
        });
    }

    /**
     * One multi-row INSERT; a duplicate (user, event key) keeps its row, token and read state untouched.
     * Not INSERT IGNORE: that would also pass a missing user or an oversized value in silence.
     */
    private static void insert(Connection connection, List<Notice> notices, String token, Timestamp now)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO notification "
                + "(user_id, event_key, kind, title, body, link, created_at, read_at, batch_token) VALUES ");
        for (int i = 0; i < notices.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, NULL, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            Calendar utc = Calendar.getInstance(UTC);
            for (Notice n : notices) {
                statement.setLong(p++, n.userId());
                statement.setString(p++, n.eventKey());
                statement.setString(p++, n.kind().name());
                statement.setString(p++, n.title());
                statement.setString(p++, n.body());
                if (n.link() == null) {
                    statement.setNull(p++, Types.VARCHAR);
                } else {
                    statement.setString(p++, n.link());
                }
                // As Hibernate writes an Instant (quarkus.hibernate-orm.jdbc.timezone=UTC): UTC wall time.
                statement.setTimestamp(p++, now, utc);
                statement.setString(p++, token);
            }
            statement.executeUpdate();
        }
    }

    private static int count(Connection connection, String token) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM notification WHERE batch_token = ?")) {
            statement.setString(1, token);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Queues one delivery on {@code channel} for each new notification whose user turned that channel on. */
    private static void queue(Connection connection, String channel, String enabled, String token, Timestamp now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO notification_delivery (notification_id, channel, status, attempts, next_attempt_at, created_at)
                SELECT n.id, ?, 'PENDING', 0, ?, ? FROM notification n
                JOIN notification_settings s ON s.user_id = n.user_id
                WHERE n.batch_token = ? AND\s""" + enabled)) {
            Calendar utc = Calendar.getInstance(UTC);
            statement.setString(1, channel);
            statement.setTimestamp(2, now, utc);
            statement.setTimestamp(3, now, utc);
            statement.setString(4, token);
            statement.executeUpdate();
        }
    }
}
