package app.ballast.web.jobs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A run's result: OK, PARTIAL or FAILED by how many of its units failed. */
class JobResultTest {

    @Test
    void aRunIsOkPartialOrFailedByItsFailedUnits() {
        assertEquals(JobOutcome.OK, new JobResult(0, 0, 0, List.of()).outcome());
        assertEquals(JobOutcome.OK, new JobResult(3, 0, 5, List.of()).outcome());
        assertEquals(JobOutcome.PARTIAL, new JobResult(3, 1, 2, List.of("user 7: boom")).outcome());
        assertEquals(JobOutcome.FAILED, new JobResult(3, 3, 0, List.of("user 1: …")).outcome());
    }

    @Test
    void moreFailedUnitsThanUnitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new JobResult(1, 2, 0, List.of()));
    }
}
