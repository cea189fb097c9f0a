package app.ballast.web.scoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps as the database keeps them. */
final class Times {

    private Times() {
    }

    /** Now, to the microsecond a DATETIME(6) column keeps: a saved row then reads back exactly as answered. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
