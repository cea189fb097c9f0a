package app.ballast.web.policy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * Writes many rows' new values in a few statements: one UPDATE per {@value #ROWS_PER_UPDATE} rows,
 * joining the values as a derived table (SELECT … UNION ALL SELECT …, which MySQL and MariaDB both
 * understand). A JDBC batch of single-row UPDATEs, even rewritten by the driver into multi-statement
 * packets, took over a minute for 100,000 rows on the benchmark machine.
 */
final class BulkUpdate {

    /** Rows per statement: at most 14 parameters each, far below the server's 65,535 placeholders. */
    static final int ROWS_PER_UPDATE = 1000;

    private BulkUpdate() {
    }

    /** Sets {@code columns} of the rows whose id is each row's last value; a null date keeps the stored one. */
    static void apply(Connection c, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        StringBuilder set = new StringBuilder();
        for (String col : columns) {
            set.append(set.isEmpty() ? "" : ", ").append("x.").append(col).append(" = ")
                    .append(col.endsWith("_on") ? "COALESCE(v." + col + ", x." + col + ")" : "v." + col);
        }
        String first = "SELECT " + String.join(", ", columns.stream().map(col -> "? AS " + col).toList())
                + ", ? AS id";
        String next = " UNION ALL SELECT " + marks(columns.size() + 1);
        for (int from = 0; from < rows.size(); from += ROWS_PER_UPDATE) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_UPDATE));
            String sql = "UPDATE " + table + " x JOIN (" + first + next.repeat(chunk.size() - 1)
                    + ") v ON x.id = v.id SET " + set;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int index = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        bind(s, index++, value);
                    }
                }
                s.executeUpdate();
            }
        }
    }

    /** Binds a value as the application writes it: an Instant as UTC wall time, a decimal at 18 places. */
    static void bind(PreparedStatement s, int index, Object v) throws SQLException {
        if (v instanceof Instant instant) {
            PlanFirings.timestamp(s, index, instant);
        } else if (v instanceof BigDecimal d) {
            s.setBigDecimal(index, PlanFirings.stored(d));
        } else if (v == null) {
            s.setNull(index, java.sql.Types.NULL);
        } else {
            s.setObject(index, v);
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
