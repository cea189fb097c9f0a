package app.ballast.web.jobs;

import java.util.List;

/**
 * What a run did: the units of work it went through (users or portfolios, each in its own
 * transaction), how many of them failed and why, and how many rows it added or changed.
 */
public record JobResult(int units, int failedUnits, int changes, List<String> errors) {

    public JobResult {
        if (units < 0 || failedUnits < 0 || failedUnits > units || changes < 0) {
            throw new IllegalArgumentException("units " + units + ", failed " + failedUnits + ", changes " + changes);
        }
        errors = List.copyOf(errors);
    }

    /** A job that is one unit of work, done. */
    public static JobResult single(int changes) {
        return new JobResult(1, 0, changes, List.of());
    }

    public JobOutcome outcome() {
        if (failedUnits == 0) {
            return JobOutcome.OK;
        }
        return failedUnits == units ? JobOutcome.FAILED : JobOutcome.PARTIAL;
    }
}
