package app.ballast.domain.policy;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;

import java.util.List;
import java.util.function.Supplier;

/**
 * Puts refused fields under the path of the object they sit in: a {@link TrailingStop} refuses
 * {@code trail}, but inside {@code POST /api/plans/simulate} the investor must fix
 * {@code trailingStop.trail}, and inside a list {@code positions[2].price}.
 */
public final class FieldPath {

    private FieldPath() {
    }

    /** Makes a value, reporting any refused field as {@code prefix.field}. */
    public static <T> T within(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValuesException e) {
            throw new InvalidValuesException(e.problems().stream()
                    .map(p -> new InvalidValuesException.Problem(join(prefix, p.field()), p.message()))
                    .toList());
        } catch (InvalidValueException e) {
            throw new InvalidValuesException(List.of(
                    new InvalidValuesException.Problem(join(prefix, e.field()), e.getMessage())));
        }
    }

    private static String join(String prefix, String field) {
        if (prefix == null || prefix.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() ? prefix : prefix + "." + field;
    }
}
