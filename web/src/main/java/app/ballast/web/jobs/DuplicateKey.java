package app.ballast.web.jobs;

import java.sql.SQLException;

/** Whether a failure is the database refusing a second row for a unique key (MySQL and MariaDB error 1062). */
final class DuplicateKey {

    /** ER_DUP_ENTRY, the same code in MySQL and MariaDB. */
    static final int ER_DUP_ENTRY = 1062;

    private DuplicateKey() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
