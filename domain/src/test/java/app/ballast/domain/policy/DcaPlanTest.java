package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DcaPlanTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);

    static List<String> fields(InvalidValuesException e) {
        return e.problems().stream().map(InvalidValuesException.Problem::field).toList();
    }

    @Test
    void aPlanWithoutMultipliersHasNone() {
        DcaPlan plan = new DcaPlan("ETH", BigDecimal.TEN, Frequency.WEEKLY, DayOfWeek.MONDAY, null, START, null, null,
                true, null);

        assertEquals(DcaMultipliers.NONE, plan.multipliers());
    }

    @Test
    void weeklyAndBiweeklyPlansNeedAWeekdayAndMonthlyPlansADay() {
        InvalidValuesException weekly = assertThrows(InvalidValuesException.class, () -> new DcaPlan("ETH",
                BigDecimal.TEN, Frequency.BIWEEKLY, null, null, START, null, null, true, null));
        InvalidValuesException monthly = assertThrows(InvalidValuesException.class, () -> new DcaPlan("ETH",
                BigDecimal.TEN, Frequency.MONTHLY, null, 32, START, null, null, true, null));

        assertEquals(List.of("dayOfWeek"), fields(weekly));
        assertEquals(List.of("dayOfMonth"), fields(monthly));
        assertEquals("dayOfMonth must be between 1 and 31, was 32", monthly.getMessage());
    }

    @Test
    void everyProblemIsReportedUnderTheApiFieldNames() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new DcaPlan("eth",
                BigDecimal.ZERO, Frequency.DAILY, null, null, START, START.minusDays(1), new BigDecimal("-1"), false,
                null));

        assertEquals(List.of("symbol", "amount", "end", "budget"), fields(e));
    }
}
