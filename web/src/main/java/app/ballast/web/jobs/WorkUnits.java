package app.ballast.web.jobs;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Runs a job's units of work one after the other, each through a service call that is its own
 * transaction: a unit that fails is rolled back whole (no half-written unit), counted and named, and
 * the run goes on with the next one. The next run does the failed unit again.
 */
final class WorkUnits {

    private static final Logger LOG = Logger.getLogger(WorkUnits.class);

    /** The errors kept in a run's record; the rest are counted. */
    static final int ERRORS_KEPT = 20;

    private final String job;
    private int units;
    private int failed;
    private int changes;
    private final List<String> errors = new ArrayList<>();

    WorkUnits(String job) {
        this.job = job;
    }

    /** Runs one unit; {@code work} answers how many rows it added or changed. */
    void run(String unit, IntSupplier work) {
        units++;
        try {
            changes += work.getAsInt();
        } catch (RuntimeException e) {
            failed++;
            LOG.warnf(e, "job %s: %s failed and was rolled back", job, unit);
            if (errors.size() < ERRORS_KEPT) {
                errors.add(unit + ": " + JobErrors.describe(e));
            } else if (errors.size() == ERRORS_KEPT) {
                errors.add("… more failures, see the log");
            }
        }
    }

    JobResult result() {
        return new JobResult(units, failed, changes, errors);
    }
}
