package app.ballast.portfolio.policy;

import app.ballast.domain.AccountKind;
import app.ballast.domain.Severity;
import app.ballast.domain.Tier;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.domain.policy.Policy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyCheckTest {

    static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static PositionView position(String symbol, Tier tier, String sector, String quantity, String price) {
        return new PositionView(symbol, tier, sector, d(quantity), d(price), NOW.minusSeconds(3600), false);
    }

    static PolicySnapshot snapshot(List<PositionView> positions, Map<String, BigDecimal> accounts,
                                   Map<String, AccountKind> kinds, String cash) {
        return new PolicySnapshot(NOW, Policy.DEFAULT, positions, accounts, kinds, d(cash), Duration.ofHours(36));
    }

    /** A portfolio inside every rule: BTC 32.5, ETH 32.5, four satellites of 8.75 in four sectors. */
    static List<PositionView> balanced() {
        return List.of(position("BTC", Tier.CORE, "L1", "0.325", "100000"),
                position("ETH", Tier.CORE, "L1", "10", "3250"),
                position("SOL", Tier.SATELLITE, "L1", "87.5", "100"),
                position("AAVE", Tier.SATELLITE, "DeFi", "87.5", "100"),
                position("LINK", Tier.SATELLITE, "Oracle", "875", "10"),
                position("FIL", Tier.SATELLITE, "Storage", "1750", "5"));
    }

    static List<WarningRule> rules(List<Warning> warnings) {
        return warnings.stream().map(Warning::rule).toList();
    }

    @Test
    void aPortfolioWithinItsPolicyGetsNoWarning() {
        assertEquals(List.of(), PolicyCheck.evaluate(snapshot(balanced(), Map.of(), Map.of(), "0")));
    }

    @Test
    void aSatelliteOverTheCapWarnsWithItsWeightAndTheCap() {
        List<PositionView> positions = List.of(position("BTC", Tier.CORE, "L1", "0.6", "100000"),
                position("SOL", Tier.SATELLITE, "L1", "100", "250"), position("AAVE", Tier.SATELLITE, "DeFi", "150", "100"));

        List<Warning> warnings = PolicyCheck.evaluate(snapshot(positions, Map.of(), Map.of(), "0"));

        Warning cap = warnings.stream().filter(w -> w.rule() == WarningRule.POSITION_CAP).findFirst().orElseThrow();
        assertEquals("SOL", cap.subject());
        assertEquals(Severity.WARNING, cap.severity());
        assertEquals(LocalDate.of(2025, 6, 30), cap.date());
        assertEquals("SOL is 25% of the portfolio, over the 20% cap for a single position.", cap.message());
        assertEquals(0, cap.figures().get("weight").compareTo(d("0.25")));
        assertEquals(0, cap.figures().get("cap").compareTo(d("0.20")));
        assertEquals(List.of("weight", "cap", "value", "total"), List.copyOf(cap.figures().keySet()));
    }

    @Test
    void coreAssetsAreExemptFromTheCapByDefaultButNotWhenTheSettingIsOff() {
        PolicySnapshot exempt = snapshot(balanced(), Map.of(), Map.of(), "0");
        PolicySnapshot notExempt = new PolicySnapshot(NOW, Policy.DEFAULT.withSatelliteCap(d("0.2"), false),
                balanced(), Map.of(), Map.of(), BigDecimal.ZERO, null);

        assertEquals(List.of(), PolicyCheck.evaluate(exempt));
        assertEquals(List.of("BTC", "ETH"), PolicyCheck.evaluate(notExempt).stream().map(Warning::subject).toList());
    }

    @Test
    void theCoreOutsideItsBandWarnsCountingCash() {
        // 65,000 core in 100,000 + 20,000 cash: 54.2%.
        List<Warning> warnings = PolicyCheck.evaluate(snapshot(balanced(), Map.of(), Map.of(), "20000"));

        Warning band = warnings.stream().filter(w -> w.rule() == WarningRule.CORE_BAND).findFirst().orElseThrow();
        assertEquals("CORE", band.subject());
        assertTrue(band.message().startsWith("The core is 54.2% of the portfolio, below its 60%–70% band"), band.message());
    }

    @Test
    void aSectorOverItsShareOfTheSatellitesWarns() {
        List<PositionView> positions = List.of(position("BTC", Tier.CORE, "L1", "0.65", "100000"),
                position("AAVE", Tier.SATELLITE, "DeFi", "100", "100"), position("UNI", Tier.SATELLITE, "DeFi", "1000", "10"),
                position("SOL", Tier.SATELLITE, "L1", "100", "150"));

        List<Warning> warnings = PolicyCheck.evaluate(snapshot(positions, Map.of(), Map.of(), "0"));

        Warning sector = warnings.stream().filter(w -> w.rule() == WarningRule.SECTOR_CONCENTRATION)
                .findFirst().orElseThrow();
        assertEquals("DeFi", sector.subject());
        assertEquals(0, sector.figures().get("share").compareTo(d("0.5714285714")));
    }

    @Test
    void moreThanHalfOnOneExchangeWarnsButNotOnAWallet() {
        Map<String, BigDecimal> accounts = Map.of("Binance", d("40000"), "Ledger", d("60000"));
        Map<String, AccountKind> kinds = Map.of("Binance", AccountKind.EXCHANGE, "Ledger", AccountKind.WALLET);
        Map<String, BigDecimal> oneExchange = Map.of("Binance", d("50001"), "Ledger", d("49999"));

        assertEquals(List.of(), PolicyCheck.evaluate(snapshot(balanced(), accounts, kinds, "0")).stream()
                .filter(w -> w.rule() == WarningRule.VENUE_CONCENTRATION).toList());
        List<Warning> warnings = PolicyCheck.evaluate(snapshot(balanced(), oneExchange, kinds, "0"));
        assertEquals(List.of(WarningRule.VENUE_CONCENTRATION), rules(warnings));
        assertEquals("Binance", warnings.get(0).subject());
    }

    @Test
    void anOldOrMissingPriceIsStale() {
        List<PositionView> positions = List.of(
                new PositionView("BTC", Tier.CORE, "L1", d("1"), d("100000"), NOW.minus(Duration.ofHours(48)), false),
                new PositionView("XYZ", Tier.SATELLITE, "L1", d("5"), null, null, false),
                new PositionView("OLD", Tier.SATELLITE, "L1", d("0"), d("1"), NOW.minus(Duration.ofDays(300)), false));

        List<Warning> stale = PolicyCheck.evaluate(snapshot(positions, Map.of(), Map.of(), "0")).stream()
                .filter(w -> w.rule() == WarningRule.STALE_PRICE).toList();

        assertEquals(List.of("BTC", "XYZ"), stale.stream().map(Warning::subject).toList());
        assertEquals(0, stale.get(0).figures().get("ageHours").compareTo(d("48")));
        assertEquals(0, stale.get(0).figures().get("limitHours").compareTo(d("36")));
    }

    @Test
    void aStablecoinUnderNinetySevenCentsHasLostItsPeg() {
        List<PositionView> positions = List.of(
                new PositionView("UST", Tier.SATELLITE, "Stablecoin", d("1000"), d("0.9699"), NOW, true),
                new PositionView("USDC", Tier.SATELLITE, "Stablecoin", d("1000"), d("0.97"), NOW, true),
                new PositionView("BTC", Tier.CORE, "L1", d("1"), d("0.5"), NOW, false));

        List<Warning> depeg = PolicyCheck.evaluate(snapshot(positions, Map.of(), Map.of(), "0")).stream()
                .filter(w -> w.rule() == WarningRule.DEPEG).toList();

        assertEquals(List.of("UST"), depeg.stream().map(Warning::subject).toList());
        assertEquals(0, depeg.get(0).figures().get("price").compareTo(d("0.9699")));
    }
}
