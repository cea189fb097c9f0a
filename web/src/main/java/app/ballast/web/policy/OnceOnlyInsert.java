package app.ballast.web.policy;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Inserts a row that must exist once (a DCA execution, a plan's firing): a plain INSERT, where a
 * duplicate of the unique key (MySQL and MariaDB error 1062) means "done already" and answers false.
 * <p>
 * Not INSERT IGNORE: it turns every other refusal into a warning too, so a violated CHECK, a value
 * out of range (clipped to the column's limit) or a missing parent row would pass in silence. Not
 * {@code ON DUPLICATE KEY UPDATE id = id} either: with MySQL Connector/J's default (the "found rows"
 * count, {@code useAffectedRows=false}) a duplicate counts 1 row, exactly as an insert does.
 * A failed statement is undone alone in MySQL and MariaDB; the transaction goes on.
 */
final class OnceOnlyInsert {

    /** ER_DUP_ENTRY, the same code in MySQL and MariaDB. */
    static final int DUPLICATE_KEY = 1062;

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private OnceOnlyInsert() {
    }

    /** Runs {@code sql} (an INSERT with {@code ?} parameters) in the current transaction; false on a duplicate. */
    static boolean insert(EntityManager em, String sql, Object... parameters) {
        Session session = em.unwrap(Session.class);
        session.flush(); // the rows this one refers to are written first, as for any query
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    bind(statement, i + 1, parameters[i]);
                }
                return statement.executeUpdate() > 0;
            } catch (SQLException e) {
                if (e.getErrorCode() == DUPLICATE_KEY) {
                    return false;
                }
                throw e;
            }
        });
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            // As Hibernate writes an Instant here (quarkus.hibernate-orm.jdbc.timezone=UTC): UTC wall time.
            statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(UTC));
        } else {
            statement.setObject(index, value); // Long, Integer, String, BigDecimal, LocalDate
        }
    }
}
