package app.ballast.web.pages;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.BacktestInput;
import app.ballast.web.policy.DcaPlanInput;
import app.ballast.web.policy.PolicyInput;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The backtest form's fields as typed. */
public class BacktestForm {

    static final int DCA_ROWS = 3;

    /** One DCA row of the form. */
    public record DcaRow(int index, String symbol, String amount, String frequency) {
    }

    @RestForm
    public String from;
    @RestForm
    public String to;
    @RestForm
    public String initialCash;
    @RestForm
    public List<String> assets = new ArrayList<>();
    @RestForm
    public List<String> dcaSymbol = new ArrayList<>();
    @RestForm
    public List<String> dcaAmount = new ArrayList<>();
    @RestForm
    public List<String> dcaFrequency = new ArrayList<>();
    @RestForm
    public String rebalance;
    @RestForm
    public String trail;
    @RestForm
    public String feeRate;

    /** A demo-like start: the core and seven satellites from 2019, weekly DCA into BTC and ETH. */
    public static BacktestForm defaults(String to) {
        BacktestForm form = new BacktestForm();
        form.from = "2019-01-01";
        form.to = to;
        form.initialCash = "10000";
        form.assets = new ArrayList<>(List.of("BTC", "ETH", "ADA", "LINK", "XRP", "LTC", "DOGE", "BNB"));
        form.dcaSymbol = new ArrayList<>(List.of("BTC", "ETH"));
        form.dcaAmount = new ArrayList<>(List.of("150", "100"));
        form.dcaFrequency = new ArrayList<>(List.of("WEEKLY", "WEEKLY"));
        form.rebalance = "QUARTERLY";
        form.trail = "";
        form.feeRate = "0.001";
        return form;
    }

    public BacktestInput toInput(PolicyInput policy) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BigDecimal cash = FormNumbers.number("initialCash", initialCash, errors);
        BigDecimal t = FormNumbers.number("trailingStop.trail", trail, errors);
        BigDecimal fee = FormNumbers.number("feeRate", feeRate, errors);
        List<DcaPlanInput> dca = new ArrayList<>();
        for (int i = 0; i < dcaSymbol.size(); i++) {
            String symbol = dcaSymbol.get(i);
            if (symbol == null || symbol.isBlank()) {
                continue;
            }
            String path = "dca[" + dca.size() + "]";
            BigDecimal amount = FormNumbers.number(path + ".amount", at(dcaAmount, i), errors);
            String frequency = at(dcaFrequency, i).isBlank() ? "WEEKLY" : at(dcaFrequency, i);
            dca.add(new DcaPlanInput(symbol, amount, frequency, "MONDAY", 1, from, null, null, true, null, null));
        }
        errors.throwIfAny();
        List<BacktestInput.Asset> chosen = assets.stream().map(s -> new BacktestInput.Asset(s, null, null)).toList();
        return new BacktestInput(from, to, cash, chosen, policy, dca, rebalance,
                t == null ? null : new BacktestInput.Stop(t, null), null, fee);
    }

    public List<DcaRow> dcaRows() {
        List<DcaRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(DCA_ROWS, dcaSymbol.size()); i++) {
            rows.add(new DcaRow(i, at(dcaSymbol, i), at(dcaAmount, i), at(dcaFrequency, i)));
        }
        return rows;
    }

    public boolean chosen(String symbol) {
        return assets.contains(symbol);
    }

    private static String at(List<String> list, int i) {
        return i < list.size() && list.get(i) != null ? list.get(i) : "";
    }
}
