package app.ballast.portfolio.dca;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's due dates since it was last checked: those to run now, and those that passed while the
 * app was not running and are only listed as missed (never bought late unless the plan says so).
 */
public record DueDates(List<LocalDate> due, List<LocalDate> missed) {

    public DueDates {
        due = List.copyOf(due);
        missed = List.copyOf(missed);
    }
}
