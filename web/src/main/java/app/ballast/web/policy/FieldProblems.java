package app.ballast.web.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.policy.FieldPath;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The refused fields of one input, gathered so that the investor sees every problem at once; a
 * field refused while parsing is not refused again by the value type's own checks.
 */
final class FieldProblems {

    private final List<InvalidValuesException.Problem> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new InvalidValuesException.Problem(field, message));
    }

    /** Makes a value; its refused fields are added, except those refused already. Null when refused. */
    <T> T check(Supplier<T> make) {
        return check(make, Set.of());
    }

    /** As {@link #check(Supplier)}, also leaving out problems on the {@code ignored} fields. */
    <T> T check(Supplier<T> make, Set<String> ignored) {
        Set<String> refused = new HashSet<>(ignored);
        list.forEach(p -> refused.add(p.field()));
        try {
            return FieldPath.within("", make);
        } catch (InvalidValuesException e) {
            e.problems().stream().filter(p -> !refused.contains(p.field())).forEach(list::add);
            return null;
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidValuesException(list);
        }
    }

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, field + " must be a date such as 2024-01-31, was \"" + text + "\"");
            return null;
        }
    }

    /** An enum constant named by the text (any case); null and a problem when it names none. */
    <E extends Enum<E>> E choice(String field, String text, Class<E> type, String choices) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, field + " must be " + choices + ", was \"" + text + "\"");
            return null;
        }
    }
}
