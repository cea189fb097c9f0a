package app.ballast.web.demo;

import app.ballast.domain.AccountKind;
import app.ballast.web.ledger.TransactionInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo investor's three years, priced from the bundled real closes: a core of BTC and ETH
 * bought in June 2022 and then every Monday (DCA), seven satellites bought monthly, BTC moved to a
 * hardware wallet each quarter, monthly ETH staking rewards, and two take-profit trims whose
 * proceeds went back into the core. Deterministic: the same ledger on every machine.
 */
public final class DemoPortfolio {

    public static final LocalDate START = LocalDate.of(2022, 6, 13);
    public static final LocalDate END = LocalDate.of(2025, 6, 12);
    public static final List<String> SATELLITES = List.of("SOL", "ADA", "LINK", "DOT", "AVAX", "AAVE", "XRP");

    static final String COINBASE = "Coinbase";
    static final String BINANCE = "Binance";
    static final String WALLET = "Ledger Nano";

    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    private final BundledPrices prices;
    private final List<TransactionInput> ledger = new ArrayList<>();
    private final Map<String, BigDecimal> held = new HashMap<>(); // "account/symbol" → quantity

    private DemoPortfolio(BundledPrices prices) {
        this.prices = prices;
    }

    /** The accounts the ledger uses, with their kind. */
    public static Map<String, AccountKind> accounts() {
        Map<String, AccountKind> accounts = new LinkedHashMap<>();
        accounts.put(COINBASE, AccountKind.EXCHANGE);
        accounts.put(BINANCE, AccountKind.EXCHANGE);
        accounts.put(WALLET, AccountKind.WALLET);
        return accounts;
    }

    /** The transactions in time order. */
    public static List<TransactionInput> transactions(BundledPrices prices) {
        return new DemoPortfolio(prices).build();
    }

    private List<TransactionInput> build() {
        buy(START, COINBASE, "BTC", usd("5000"), "Starting the core after the LUNA collapse: "
                + "BTC and ETH first, satellites only in small monthly amounts.");
        buy(START, COINBASE, "ETH", usd("3500"), "ETH is the second half of the core (score 8.5: blue chip).");
        for (LocalDate day = START; !day.isAfter(END); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                buy(day, BINANCE, "BTC", usd("150"), day.equals(START) ? "Weekly DCA: 150 USD of BTC every Monday." : null);
                buy(day, BINANCE, "ETH", usd("100"), day.equals(START) ? "Weekly DCA: 100 USD of ETH every Monday." : null);
            }
            if (day.getDayOfMonth() == 1) {
                for (String symbol : SATELLITES) {
                    buy(day, BINANCE, symbol, usd("75"), null);
                }
                stakingReward(day);
                if (day.getMonthValue() % 3 == 1) {
                    moveBtcToWallet(day);
                }
            }
            if (day.equals(LocalDate.of(2024, 3, 13))) {
                BigDecimal proceeds = sellFraction(day, "SOL", new BigDecimal("0.4"),
                        "SOL is five times what I paid and above the 20% cap: trim 40%, proceeds to BTC and ETH.");
                buy(day, BINANCE, "BTC", proceeds.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.DOWN),
                        "Rebalance: 60% of the SOL trim into BTC.");
                buy(day, BINANCE, "ETH", proceeds.multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.DOWN),
                        "Rebalance: 40% of the SOL trim into ETH.");
            }
            if (day.equals(LocalDate.of(2024, 12, 3))) {
                BigDecimal proceeds = sellFraction(day, "XRP", new BigDecimal("0.5"),
                        "XRP tripled in a month; sentiment is euphoric. Take half off the table.");
                buy(day, BINANCE, "BTC", proceeds.setScale(2, RoundingMode.DOWN), "Proceeds of the XRP trim into BTC.");
            }
        }
        return ledger;
    }

    private void buy(LocalDate day, String account, String symbol, BigDecimal amount, String note) {
        BigDecimal price = prices.closeOnOrBefore(symbol, day);
        BigDecimal quantity = amount.divide(price, 8, RoundingMode.DOWN);
        BigDecimal fee = amount.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_UP);
        add(account, symbol, quantity);
        ledger.add(new TransactionInput("BUY", symbol, account, null, quantity, price, fee, "USD", at(day), note));
    }

    private BigDecimal sellFraction(LocalDate day, String symbol, BigDecimal fraction, String note) {
        BigDecimal price = prices.closeOnOrBefore(symbol, day);
        BigDecimal quantity = held(BINANCE, symbol).multiply(fraction).setScale(8, RoundingMode.DOWN);
        BigDecimal value = quantity.multiply(price);
        BigDecimal fee = value.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_UP);
        add(BINANCE, symbol, quantity.negate());
        ledger.add(new TransactionInput("SELL", symbol, BINANCE, null, quantity, price, fee, "USD", at(day), note));
        return value.subtract(fee);
    }

    private void stakingReward(LocalDate day) {
        BigDecimal quantity = new BigDecimal("0.0045");
        add(COINBASE, "ETH", quantity);
        ledger.add(new TransactionInput("STAKING_REWARD", "ETH", COINBASE, null, quantity,
                prices.closeOnOrBefore("ETH", day), null, null, at(day), null));
    }

    // Not your keys, not your coins (the FTX lesson): most of the exchange's BTC goes to the wallet.
    private void moveBtcToWallet(LocalDate day) {
        BigDecimal networkFee = new BigDecimal("0.00005");
        BigDecimal quantity = held(BINANCE, "BTC").multiply(new BigDecimal("0.8")).setScale(4, RoundingMode.DOWN);
        if (quantity.signum() <= 0) {
            return;
        }
        add(BINANCE, "BTC", quantity.add(networkFee).negate());
        add(WALLET, "BTC", quantity);
        ledger.add(new TransactionInput("TRANSFER", "BTC", BINANCE, WALLET, quantity, null, networkFee, "BTC", at(day),
                "Quarterly move to cold storage."));
    }

    private BigDecimal held(String account, String symbol) {
        return held.getOrDefault(account + "/" + symbol, BigDecimal.ZERO);
    }

    private void add(String account, String symbol, BigDecimal quantity) {
        held.merge(account + "/" + symbol, quantity, BigDecimal::add);
    }

    private static String at(LocalDate day) {
        return day + "T14:00:00Z";
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
