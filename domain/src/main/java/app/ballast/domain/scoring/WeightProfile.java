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
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How much each dimension counts in the total: the default profile (0.25/0.25/0.20/0.15/0.15) or one the
 * investor saved, e.g. a risk-averse profile that raises the risk weight (SPEC §1). Each weight is in
 * [0, 1] and they sum to 1 within 1e-9 (so thirds written as 0.3333333333 are accepted); anything else is
 * refused with every problem at once, against {@code weights.<dimension>} or {@code weights} for the sum.
 */
public record WeightProfile(String name, Map<Dimension, BigDecimal> weights) {

    /** How far the sum of the weights may be from 1. */
    public static final BigDecimal SUM_TOLERANCE = new BigDecimal("1e-9");

    /** The longest profile name. */
    public static final int NAME_MAX_LENGTH = 100;

    /** The name of weights entered for one evaluation only. */
    public static final String CUSTOM_NAME = "Custom";

    public static final WeightProfile DEFAULT = new WeightProfile("Default", defaultWeights());

    public WeightProfile {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (name == null || name.isBlank()) {
            problems.add("name", "name is required");
        } else if (name.length() > NAME_MAX_LENGTH) {
            problems.add("name", "name can have at most " + NAME_MAX_LENGTH + " characters");
        }
        if (weights == null) {
            problems.add("weights", "weights is required");
            problems.throwIfAny();
        }
        EnumMap<Dimension, BigDecimal> copy = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            BigDecimal weight = weights.get(dimension);
            if (checkWeight(dimension, weight, problems)) {
                copy.put(dimension, weight);
            }
        }
        if (copy.size() == Dimension.values().length) {
            BigDecimal sum = copy.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(SUM_TOLERANCE) > 0) {
                problems.add("weights", "weights must sum to 1, but sum to " + Scales.plain(sum));
            }
        }
        problems.throwIfAny();
        weights = Collections.unmodifiableMap(copy);
    }

    /**
     * A profile from JSON-shaped input, e.g. {@code {"technology": 0.25, "tokenomics": 0.25, …}}: an unknown
     * key is refused against {@code weights.<key>}, together with every other problem.
     */
    public static WeightProfile parse(String name, Map<String, BigDecimal> weightsByKey) {
        if (weightsByKey == null) {
            throw new InvalidValueException("weights", "weights is required");
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        EnumMap<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        weightsByKey.forEach((key, weight) -> Dimension.fromKey(key).ifPresentOrElse(
                dimension -> weights.put(dimension, weight),
                () -> problems.add("weights." + key, "weights." + key + " is not a dimension; the dimensions are "
                        + dimensionKeys())));
        return FieldChecks.build(problems, () -> new WeightProfile(name, weights));
    }

    /** Weights entered for a single evaluation, not saved: a profile named "Custom". */
    public static WeightProfile parse(Map<String, BigDecimal> weightsByKey) {
        return parse(CUSTOM_NAME, weightsByKey);
    }

    /** The weight of one dimension. */
    public BigDecimal weight(Dimension dimension) {
        return weights.get(dimension);
    }

    /** The weights keyed as in JSON, in dimension order. */
    public Map<String, BigDecimal> weightsByKey() {
        Map<String, BigDecimal> byKey = new LinkedHashMap<>();
        weights.forEach((dimension, weight) -> byKey.put(dimension.key(), weight));
        return Collections.unmodifiableMap(byKey);
    }

    private static boolean checkWeight(Dimension dimension, BigDecimal weight, InvalidValuesException.Collector problems) {
        String field = "weights." + dimension.key();
        if (weight == null) {
            problems.add(field, field + " is required (a weight from 0 to 1)");
            return false;
        }
        if (!FieldChecks.fits(field, weight, problems)) {
            return false;
        }
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            problems.add(field, field + " must be between 0 and 1, was " + Scales.plain(weight));
            return false;
        }
        return true;
    }

    static String dimensionKeys() {
        return Arrays.stream(Dimension.values()).map(Dimension::key).collect(Collectors.joining(", "));
    }

    private static Map<Dimension, BigDecimal> defaultWeights() {
        EnumMap<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            weights.put(dimension, dimension.defaultWeight());
        }
        return weights;
    }
}
