package app.ballast.domain.scoring;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The points an investor gave a coin on every criterion (SPEC §1): each from 0 to the criterion's
 * maximum, half points or any other decimal allowed. A card with a criterion missing or out of range
 * is refused with every problem at once, each against its JSON path such as {@code scores.risk.market}.
 */
public record ScoreCard(Map<Criterion, BigDecimal> scores) {

    public ScoreCard {
        if (scores == null) {
            throw new InvalidValueException("scores", "scores is required");
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            BigDecimal score = scores.get(criterion);
            if (check(criterion, score, problems)) {
                copy.put(criterion, score);
            }
        }
        problems.throwIfAny();
        scores = Collections.unmodifiableMap(copy);
    }

    /**
     * A card from JSON-shaped input, {@code {"technology": {"architecture": 2.5, …}, …}}. Reports every problem
     * at once: an unknown dimension ({@code scores.foo}), an unknown criterion ({@code scores.risk.foo}), a
     * missing or null score, a score below 0 or above its criterion's maximum.
     */
    public static ScoreCard parse(Map<String, Map<String, BigDecimal>> scoresByDimension) {
        if (scoresByDimension == null) {
            throw new InvalidValueException("scores", "scores is required");
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        EnumMap<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        scoresByDimension.forEach((dimensionKey, byCriterion) -> Dimension.fromKey(dimensionKey).ifPresentOrElse(
                dimension -> {
                    if (byCriterion == null) {
                        return; // each of its criteria is reported missing below
                    }
                    byCriterion.forEach((criterionKey, score) -> Criterion.fromKey(dimension, criterionKey)
                            .ifPresentOrElse(criterion -> scores.put(criterion, score),
                                    () -> problems.add("scores." + dimension.key() + "." + criterionKey,
                                            "scores." + dimension.key() + "." + criterionKey
                                                    + " is not a criterion of " + dimension.key()
                                                    + "; its criteria are " + keys(dimension.criteria()))));
                },
                () -> problems.add("scores." + dimensionKey, "scores." + dimensionKey
                        + " is not a dimension; the dimensions are " + WeightProfile.dimensionKeys())));
        return FieldChecks.build(problems, () -> new ScoreCard(scores));
    }

    /** The points given on one criterion. */
    public BigDecimal score(Criterion criterion) {
        return scores.get(criterion);
    }

    /** The sum of the points given on a dimension's criteria (exact). */
    public BigDecimal raw(Dimension dimension) {
        return dimension.criteria().stream().map(scores::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The scores keyed as in JSON, the inverse of {@link #parse(Map)}, in SPEC order. */
    public Map<String, Map<String, BigDecimal>> scoresByDimension() {
        Map<String, Map<String, BigDecimal>> byDimension = new LinkedHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            Map<String, BigDecimal> byCriterion = new LinkedHashMap<>();
            dimension.criteria().forEach(c -> byCriterion.put(c.key(), scores.get(c)));
            byDimension.put(dimension.key(), Collections.unmodifiableMap(byCriterion));
        }
        return Collections.unmodifiableMap(byDimension);
    }

    /**
     * The criteria whose points differ from {@code previous} (compared by value: 2.5 equals 2.50), in SPEC
     * order: what the history page marks as changed since the evaluation before.
     */
    public List<Criterion> changedCriteria(ScoreCard previous) {
        Objects.requireNonNull(previous, "previous");
        return Arrays.stream(Criterion.values())
                .filter(c -> scores.get(c).compareTo(previous.scores.get(c)) != 0)
                .toList();
    }

    private static boolean check(Criterion criterion, BigDecimal score, InvalidValuesException.Collector problems) {
        String field = "scores." + criterion.path();
        String range = "from 0 to " + Scales.plain(criterion.max()) + ", the maximum of " + criterion.key();
        if (score == null) {
            problems.add(field, field + " is required: a score " + range);
            return false;
        }
        if (!FieldChecks.fits(field, score, problems)) {
            return false;
        }
        if (score.signum() < 0 || score.compareTo(criterion.max()) > 0) {
            problems.add(field, field + " must be " + range + ", was " + Scales.plain(score));
            return false;
        }
        return true;
    }

    private static String keys(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::key).collect(Collectors.joining(", "));
    }
}
