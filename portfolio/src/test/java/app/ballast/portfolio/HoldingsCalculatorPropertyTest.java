package app.ballast.portfolio;

import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.LedgerException;
import app.ballast.domain.TransactionType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random ledgers of buys, sells and transfers that never overdraw an account: both cost
 * methods must agree on what is held, and neither may create or lose cost.
 */
class HoldingsCalculatorPropertyTest {

    private static final String[] ACCOUNTS = {"Binance", "Kraken", "Ledger"};

    enum Kind { BUY, SELL, TRANSFER }

    /** One generated step; sells and transfers take {@code percent} of what the account holds. */
    record Step(Kind kind, int account, BigDecimal quantity, BigDecimal price, BigDecimal fee, int percent) {
    }

    /** A generated ledger and the sums an investor would keep by hand while writing it. */
    static final class Ledger {
        final List<LedgerEntry> entries = new ArrayList<>();
        final Map<String, BigDecimal> held = new TreeMap<>();
        BigDecimal paidForBuys = BigDecimal.ZERO;
        BigDecimal sellProceedsLessFees = BigDecimal.ZERO;

        Ledger(List<Step> steps) {
            for (Step step : steps) {
                String account = ACCOUNTS[step.account()];
                switch (step.kind()) {
                    case BUY -> {
                        add(TransactionType.BUY, account, null, step.quantity(), step.price(), step.fee());
                        paidForBuys = paidForBuys.add(step.quantity().multiply(step.price())).add(step.fee());
                    }
                    case SELL -> {
                        BigDecimal units = share(account, step.percent());
                        if (units.signum() > 0) {
                            add(TransactionType.SELL, account, null, units, step.price(), step.fee());
                            sellProceedsLessFees = sellProceedsLessFees
                                    .add(units.multiply(step.price())).subtract(step.fee());
                        }
                    }
                    case TRANSFER -> {
                        BigDecimal units = share(account, step.percent());
                        if (units.signum() > 0) {
                            String to = ACCOUNTS[(step.account() + 1) % ACCOUNTS.length];
                            add(TransactionType.TRANSFER, account, to, units, null, null);
                        }
                    }
                }
            }
        }

        BigDecimal total() {
            return held.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private BigDecimal share(String account, int percent) {
            return held.getOrDefault(account, BigDecimal.ZERO).multiply(BigDecimal.valueOf(percent))
                    .divide(BigDecimal.valueOf(100), 8, RoundingMode.DOWN);
        }

        private void add(TransactionType type, String account, String to, BigDecimal units, BigDecimal price,
                         BigDecimal fee) {
            int n = entries.size();
            entries.add(new LedgerEntry(n + 1, TestLedger.minute(n), type, "BTC", account, to, units, price,
                    fee, null, null));
            boolean leaves = type != TransactionType.BUY;
            held.merge(account, leaves ? units.negate() : units, BigDecimal::add);
            if (to != null) {
                held.merge(to, units, BigDecimal::add);
            }
            held.values().removeIf(v -> v.signum() == 0);
        }
    }

    @Provide
    Arbitrary<Ledger> ledgers() {
        Arbitrary<Step> steps = Combinators.combine(
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, ACCOUNTS.length - 1),
                Arbitraries.bigDecimals().between(new BigDecimal("0.00000001"), new BigDecimal("10")).ofScale(8),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5")).ofScale(2),
                Arbitraries.integers().between(1, 100)).as(Step::new);
        return steps.list().ofMinSize(1).ofMaxSize(40).map(Ledger::new);
    }

    private static PortfolioSnapshot compute(List<LedgerEntry> entries, CostMethod method) {
        return HoldingsCalculator.compute(entries, method, TestLedger.ASSETS, Map.of());
    }

    /** The BTC holding, or an empty stand-in when the ledger left nothing to list. */
    private static Holding btc(PortfolioSnapshot snapshot) {
        return snapshot.holdings().stream().filter(h -> h.symbol().equals("BTC")).findFirst().orElse(null);
    }

    private static BigDecimal amount(Holding holding, java.util.function.Function<Holding, BigDecimal> field) {
        return holding == null ? BigDecimal.ZERO : field.apply(holding);
    }

    @Property
    void bothMethodsAgreeOnWhatIsHeldAndWhere(@ForAll("ledgers") Ledger ledger) {
        Holding average = btc(compute(ledger.entries, CostMethod.MOVING_AVERAGE));
        Holding fifo = btc(compute(ledger.entries, CostMethod.FIFO));

        BigDecimal expected = ledger.total();
        assertEquals(0, amount(average, h -> h.quantity().amount()).compareTo(expected));
        assertEquals(0, amount(fifo, h -> h.quantity().amount()).compareTo(expected));
        if (average != null && fifo != null) {
            assertEquals(average.quantityByAccount(), fifo.quantityByAccount());
            assertEquals(ledger.held.keySet(), average.quantityByAccount().keySet());
        }
    }

    @Property
    void everyDollarPaidIsEitherStillCostBasisOrCostRemovedBySells(@ForAll("ledgers") Ledger ledger) {
        for (CostMethod method : CostMethod.values()) {
            Holding btc = btc(compute(ledger.entries, method));
            BigDecimal costBasis = amount(btc, h -> h.costBasis().amount());
            BigDecimal realized = amount(btc, h -> h.realizedProfit().amount());
            // realized = proceeds - fees - cost removed, so cost removed = proceeds - fees - realized.
            BigDecimal costRemoved = ledger.sellProceedsLessFees.subtract(realized);

            assertEquals(0, costBasis.add(costRemoved).compareTo(ledger.paidForBuys), method.name());
            assertTrue(costBasis.signum() >= 0, method.name());
            if (ledger.total().signum() == 0) {
                assertEquals(0, costBasis.signum(), method.name());
            }
        }
    }

    @Property(tries = 200)
    void quantityIsNeverNegativeAtAnyPoint(@ForAll("ledgers") Ledger ledger) {
        for (int end = 1; end <= ledger.entries.size(); end++) {
            for (Holding holding : compute(ledger.entries.subList(0, end), CostMethod.FIFO).holdings()) {
                assertTrue(holding.quantity().signum() >= 0);
                holding.quantityByAccount().values().forEach(units -> assertTrue(units.signum() > 0));
            }
        }
    }

    @Property(tries = 200)
    void takingOneWeiMoreThanAnAccountHoldsIsRefused(@ForAll("ledgers") Ledger ledger) {
        String account = ACCOUNTS[0];
        BigDecimal tooMuch = ledger.held.getOrDefault(account, BigDecimal.ZERO)
                .add(new BigDecimal("0.000000000000000001"));
        List<LedgerEntry> entries = new ArrayList<>(ledger.entries);
        entries.add(new LedgerEntry(entries.size() + 1, TestLedger.minute(entries.size()), TransactionType.SELL,
                "BTC", account, null, tooMuch, BigDecimal.ONE, null, null, null));

        HoldingsCalculator.checkNoOverdraw(ledger.entries);
        assertEquals("quantity",
                assertThrows(LedgerException.class, () -> HoldingsCalculator.checkNoOverdraw(entries)).field());
    }
}
