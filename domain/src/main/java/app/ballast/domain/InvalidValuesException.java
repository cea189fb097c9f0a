package app.ballast.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values refused at once (a score card with two criteria out of range, a policy whose
 * band and target disagree), so that the investor sees every problem in one answer.
 * {@link #field()} and the message are those of the first problem.
 */
public class InvalidValuesException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** One refused value: the field's path and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidValuesException(List<Problem> problems) {
        super(first(problems).field(), first(problems).message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static Problem first(List<Problem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem is required");
        }
        return problems.get(0);
    }

    /** Gathers problems while a whole input is checked; {@link #throwIfAny()} reports them together. */
    public static final class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public void add(String field, String message) {
            problems.add(new Problem(field, message));
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidValuesException(problems);
            }
        }
    }
}
