package app.ballast.domain;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * {@link Scales#requireFits} for inputs checked as a whole: the problem is gathered instead of thrown, so
 * the investor sees it together with the others. Shared by the market day, the score card, the tokenomics
 * input and the scoring module's snapshots; it lives in the base package so that base types such as
 * {@link MarketDay} need nothing from {@code domain.scoring}.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** Whether {@code value} fits a DECIMAL(38,18) column; if it does not, the problem is added. */
    public static boolean fits(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        try {
            Scales.requireFits(field, value);
            return true;
        } catch (InvalidValueException e) {
            problems.add(e.field(), e.getMessage());
            return false;
        }
    }

    /**
     * Builds a value whose constructor checks it, reporting its problems after those already gathered
     * (unknown keys, for example), all in one exception.
     */
    public static <T> T build(InvalidValuesException.Collector problems, Supplier<T> constructor) {
        T value = null;
        try {
            value = constructor.get();
        } catch (InvalidValuesException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        problems.throwIfAny();
        return value;
    }
}
