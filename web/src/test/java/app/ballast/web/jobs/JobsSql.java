package app.ballast.web.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL on the tests' database, to set up an outage or look at what the jobs wrote. */
final class JobsSql {

    private JobsSql() {
    }

    static int execute(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection()) {
            return execute(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    static long count(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).longValue();
    }

    static List<Object[]> rows(String sql, Object... parameters) {
        try (Connection c = dataSource().getConnection()) {
            return rows(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Every row of the query on the connection, each as its columns' values. */
    static List<Object[]> rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static BigDecimal decimal(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? null : (BigDecimal) rows.get(0)[0];
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
