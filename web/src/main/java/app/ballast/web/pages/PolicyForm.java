package app.ballast.web.pages;

import app.ballast.domain.policy.Policy;
import app.ballast.web.i18n.PageMessages;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.PolicyInput;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The policy editor's fields as typed, so that a refused form comes back as the investor left it. */
public class PolicyForm {

    static final int CORE_ROWS = 4;
    static final int SATELLITE_ROWS = 8;

    /** One asset-and-weight row of the form. */
    public record Row(int index, String symbol, String weight, String field) {
    }

    @RestForm
    public String coreTarget;
    @RestForm
    public String coreMin;
    @RestForm
    public String coreMax;
    @RestForm
    public String satelliteCap;
    @RestForm
    public String coreExemptFromCap;
    @RestForm
    public String sectorCap;
    @RestForm
    public String minTrade;
    @RestForm
    public String feeRate;
    @RestForm
    public String noBuyBelow;
    @RestForm
    public String sellBelow;
    @RestForm
    public List<String> coreSymbol = new ArrayList<>();
    @RestForm
    public List<String> coreWeight = new ArrayList<>();
    @RestForm
    public List<String> satelliteSymbol = new ArrayList<>();
    @RestForm
    public List<String> satelliteWeight = new ArrayList<>();

    public static PolicyForm of(Policy p) {
        PolicyForm form = new PolicyForm();
        form.coreTarget = FormNumbers.text(p.coreTarget());
        form.coreMin = FormNumbers.text(p.coreMin());
        form.coreMax = FormNumbers.text(p.coreMax());
        form.satelliteCap = FormNumbers.text(p.satelliteCap());
        form.coreExemptFromCap = p.coreExemptFromCap() ? "true" : null;
        form.sectorCap = FormNumbers.text(p.sectorCap());
        form.minTrade = FormNumbers.text(p.minTrade());
        form.feeRate = FormNumbers.text(p.feeRate());
        form.noBuyBelow = FormNumbers.text(p.noBuyBelow());
        form.sellBelow = FormNumbers.text(p.sellBelow());
        p.coreWeights().forEach((s, w) -> {
            form.coreSymbol.add(s);
            form.coreWeight.add(FormNumbers.text(w));
        });
        p.satelliteWeights().forEach((s, w) -> {
            form.satelliteSymbol.add(s);
            form.satelliteWeight.add(FormNumbers.text(w));
        });
        return form;
    }

    public PolicyInput toInput() {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, BigDecimal> core = weights("coreWeights", coreSymbol, coreWeight, errors);
        Map<String, BigDecimal> satellites = weights("satelliteWeights", satelliteSymbol, satelliteWeight, errors);
        PolicyInput input = new PolicyInput(core,
                FormNumbers.number("coreTarget", coreTarget, errors), FormNumbers.number("coreMin", coreMin, errors),
                FormNumbers.number("coreMax", coreMax, errors), FormNumbers.number("satelliteCap", satelliteCap, errors),
                "true".equals(coreExemptFromCap), FormNumbers.number("sectorCap", sectorCap, errors),
                FormNumbers.number("minTrade", minTrade, errors), FormNumbers.number("feeRate", feeRate, errors),
                FormNumbers.number("noBuyBelow", noBuyBelow, errors), FormNumbers.number("sellBelow", sellBelow, errors),
                satellites);
        errors.throwIfAny();
        return input;
    }

    private static Map<String, BigDecimal> weights(String field, List<String> symbols, List<String> weights,
                                                   InvalidInputException.Collector errors) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            String symbol = symbols.get(i) == null ? "" : symbols.get(i).strip().toUpperCase(java.util.Locale.ROOT);
            String weight = i < weights.size() ? weights.get(i) : null;
            if (symbol.isEmpty()) {
                if (weight != null && !weight.isBlank()) {
                    errors.add(field, PageMessages.current().policy_weight_without_asset(i + 1));
                }
                continue;
            }
            BigDecimal value = FormNumbers.number(field + "." + symbol, weight, errors);
            if (value == null && (weight == null || weight.isBlank())) {
                errors.add(field + "." + symbol, PageMessages.current().policy_weight_required(symbol));
            }
            if (value != null) {
                map.put(symbol, value);
            }
        }
        return map;
    }

    public List<Row> coreRows() {
        return rows("coreWeights", coreSymbol, coreWeight, CORE_ROWS);
    }

    public List<Row> satelliteRows() {
        return rows("satelliteWeights", satelliteSymbol, satelliteWeight, SATELLITE_ROWS);
    }

    private static List<Row> rows(String field, List<String> symbols, List<String> weights, int atLeast) {
        List<Row> rows = new ArrayList<>();
        int n = Math.max(atLeast, symbols.size());
        for (int i = 0; i < n; i++) {
            String symbol = i < symbols.size() && symbols.get(i) != null ? symbols.get(i).strip() : "";
            rows.add(new Row(i, symbol, i < weights.size() && weights.get(i) != null ? weights.get(i) : "",
                    field + "." + symbol.toUpperCase(java.util.Locale.ROOT)));
        }
        return rows;
    }

    /** A single-value input of the form: its name and what was typed (label and hint: messages policy_field, policy_hint). */
    public record Input(String name, String value) {
    }

    public List<Input> coreInputs() {
        return List.of(input("coreTarget"), input("coreMin"), input("coreMax"));
    }

    public List<Input> otherInputs() {
        return List.of(input("satelliteCap"), input("sectorCap"), input("minTrade"), input("feeRate"),
                input("noBuyBelow"), input("sellBelow"));
    }

    private Input input(String name) {
        return new Input(name, value(name));
    }

    public String value(String field) {
        String v = switch (field) {
            case "coreTarget" -> coreTarget;
            case "coreMin" -> coreMin;
            case "coreMax" -> coreMax;
            case "satelliteCap" -> satelliteCap;
            case "sectorCap" -> sectorCap;
            case "minTrade" -> minTrade;
            case "feeRate" -> feeRate;
            case "noBuyBelow" -> noBuyBelow;
            case "sellBelow" -> sellBelow;
            default -> null;
        };
        return v == null ? "" : v;
    }

    public boolean exempt() {
        return "true".equals(coreExemptFromCap);
    }
}
