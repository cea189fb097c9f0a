package app.ballast.web.demo;

import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.web.BallastConfig;
import app.ballast.web.persistence.EvaluationEntity;
import app.ballast.web.persistence.UserEntity;
import app.ballast.web.scoring.EvaluationService;
import app.ballast.web.scoring.EvaluationService.EvaluationInput;
import app.ballast.web.scoring.EventService;
import app.ballast.web.scoring.ProfileService;
import app.ballast.web.scoring.TokenomicsService;
import app.ballast.web.scoring.TokenomicsService.TokenomicsDraft;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo investor's scoring journal, after {@link DemoSeeder} has made the demo user: score cards for the
 * portfolio's assets (latest ones recent, DOT's left stale on purpose), the seed's case studies written as
 * score cards with notes — Ethereum ≈ 8.5 over time, Cardano ≈ 6.5, Terra/LUNA scored high just before its
 * collapse — two weight profiles, a few events, and the tokenomics of Camp Network and EigenLayer from the
 * figures of seed 001. Runs once: only while the demo user has no evaluation.
 */
@ApplicationScoped
public class ScoringDemoSeeder {

    private static final Logger LOG = Logger.getLogger(ScoringDemoSeeder.class);

    @Inject
    BallastConfig config;

    @Inject
    EvaluationService evaluations;

    @Inject
    ProfileService profiles;

    @Inject
    EventService events;

    @Inject
    TokenomicsService tokenomics;

    // After DemoSeeder (default observer priority APPLICATION + 500), which creates the demo user.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.demoEnabled()) {
            return;
        }
        String username = config.demo().username();
        try {
            boolean seeded = QuarkusTransaction.requiringNew().call(() -> {
                Optional<UserEntity> user = UserEntity.findByUsername(username);
                if (user.isEmpty() || EvaluationEntity.count("userId", user.get().id) > 0) {
                    return false;
                }
                seed(user.get().id, LocalDate.now(ZoneOffset.UTC));
                return true;
            });
            if (seeded) {
                LOG.info("Created the demo investor's score cards, profiles, events and tokenomics");
            }
        } catch (RuntimeException e) {
            // Another instance may be seeding at the same moment; the demo works without this journal.
            LOG.warnf("The demo score cards were not created: %s", e.getMessage());
        }
    }

    private void seed(long userId, LocalDate today) {
        profiles.create(userId, "Risk-averse", weights("0.20", "0.20", "0.15", "0.15", "0.30"));
        profiles.create(userId, "Technology-oriented", weights("0.35", "0.20", "0.20", "0.10", "0.15"));

        // Ethereum, the seed's blue chip (≈ 8.5), re-evaluated over three years.
        evaluate(userId, "ETH", LocalDate.of(2022, 6, 13),
                card("3 3.5 2.5 2 4", "2.5 2.5 1.5 1", "3.5 2.5 2.5", "3 4 2", "2 2 1.5 1"),
                "Second half of the core. Before the Merge: proof of work, ~4% issuance. Smart contracts, the largest "
                        + "developer community and DeFi/NFT ecosystem; fair launch without pre-mine.");
        evaluate(userId, "ETH", LocalDate.of(2022, 10, 1),
                card("3 4 3 2 4", "2.5 2.5 2 1.5", "3.5 2.5 2.5", "3 4 2", "2 2 1.5 1"),
                "The Merge went through (15 Sep 2022): proof of stake, issuance down ~90%, EIP-1559 burns fees. "
                        + "Technology and inflation up: 8.5, a blue chip to hold long term.");
        evaluate(userId, "ETH", LocalDate.of(2023, 6, 1),
                card("3 4 3 2 4", "2.5 2.5 2 1.5", "3.5 2.5 2.5", "3 4 2", "1.5 2 1.5 1"),
                "The SEC calls more tokens securities (suits against Coinbase and Binance): regulatory risk down a notch.");
        evaluate(userId, "ETH", LocalDate.of(2024, 6, 1),
                card("3 4 3 2 4", "2.5 2.5 2 1.5", "3.5 2.5 2.5", "3 4 2", "2 2 1.5 1"),
                "Spot ETH ETFs approved (May 2024): the regulatory cloud lifts. Back to 8.5.");
        evaluate(userId, "ETH", today.minusDays(20),
                card("3 4 3 2 4", "2.5 2.5 2 1.5", "3.5 2.5 2.5", "3 4 2", "2 2 1.5 1"),
                "Quarterly review: nothing changed. Layer 2s carry the scaling; the main risks are still regulation "
                        + "(security or not) and the complexity of upgrades.");

        // Cardano, the seed's middle case (≈ 6.5).
        evaluate(userId, "ADA", LocalDate.of(2022, 6, 13),
                card("2.5 2.5 3 2 2.5", "2.5 2.5 1 1.5", "3 2 2", "1.5 3 1.5", "2 2 1 0.5"),
                "Academic, peer-reviewed development (Ouroboros is proven) but slow; reasonable distribution and "
                        + "controlled inflation. Small satellite position only.");
        evaluate(userId, "ADA", LocalDate.of(2023, 6, 1),
                card("2.5 2.5 3 2 2", "2.5 2.5 0.5 1.5", "3 1.5 2", "1.5 3 1.5", "2 2 1 0.5"),
                "Ecosystem still behind Ethereum: few dApps, little real demand, weak value capture. Deadlines slip.");
        evaluate(userId, "ADA", today.minusDays(20),
                card("2.5 2.5 3 2 2", "2.5 2.5 0.5 1.5", "3 1.5 2", "1.5 3 1.5", "2 2 1 0.5"),
                "6.5: potential, but the ecosystem must grow faster. For patient holders who value rigour; "
                        + "competition from Ethereum, Solana and Avalanche is the main risk.");

        // Terra/LUNA: a high total just before the collapse. The lesson is in the dimensions.
        evaluate(userId, "LUNA", LocalDate.of(2022, 4, 1),
                card("2.5 3.5 2 2.5 3.5", "2 2 1.5 0.5", "3 2 3", "3 3.5 2", "1.5 1.5 1 1"),
                "Total 7.2 (buy) in April 2022: a top-ten coin, a booming ecosystem, a famous founder. The total hid "
                        + "what the dimensions said: tokenomics 6/10 (UST's peg rests on market confidence alone, "
                        + "LUNA is minted without limit to defend it) and risk 5/10 (stablecoin regulation, a "
                        + "mechanism that can spiral, one founder's decisions). Read tokenomics and risk, not just "
                        + "the total.");
        events.create(userId, "LUNA", new EventService.EventInput(LocalDate.of(2022, 5, 9), "OTHER",
                "UST lost its peg; LUNA was minted without limit and went to zero within days (9–12 May 2022)."));

        // The rest of the demo portfolio.
        evaluate(userId, "BTC", today.minusDays(20),
                card("2.5 3 3 1.5 3", "3 3 1.5 2", "2.5 3 3", "3 4 2.5", "2.5 2.5 1.5 2"),
                "Core: fixed 21 million supply, no pre-mine, the deepest liquidity. Slow base layer.");
        evaluate(userId, "SOL", today.minusDays(20),
                card("2.5 3.5 2 3 3.5", "2 2 1.5 1", "3 2.5 2.5", "2.5 3.5 2", "2 1.5 1 1"),
                "Fast and busy, but outages in the past and a large insider allocation. Trimmed above the 20% cap.");
        evaluate(userId, "LINK", today.minusDays(20),
                card("2.5 3 2.5 2 3.5", "1.5 2 1.5 1.5", "3 2.5 2.5", "2 3 2", "2 2 1 1.5"),
                "The oracle standard; staking v0.2 improves value capture, the team still holds a large reserve.");
        evaluate(userId, "DOT", today.minusDays(120),
                card("3 3 2.5 2.5 2.5", "2 2 1 1", "3.5 2.5 2", "1.5 3 2", "2 2 1 1"),
                "Strong team (Gavin Wood), parachain model slow to attract users. Due for its quarterly review.");
        evaluate(userId, "AVAX", today.minusDays(20),
                card("2.5 3 2.5 3 3", "2 2 1.5 1", "3 2.5 2", "2 3 2", "2 2 1 1"),
                "Subnets are a good design; institutional pilots are a plus. Unlocks still weigh on supply.");
        evaluate(userId, "AAVE", today.minusDays(20),
                card("2.5 3 2.5 2 3", "2.5 2.5 1.5 1.5", "3 2.5 2.5", "2 3 2", "1.5 2 1 1.5"),
                "The leading lending protocol, fees to the treasury and buy-backs; DeFi regulation is the risk.");
        evaluate(userId, "XRP", today.minusDays(20),
                card("2 2 2.5 2.5 2", "1 2 1 1.5", "3 2 2", "2.5 4 1.5", "1 2 1 1"),
                "Liquid and widely listed, but Ripple holds much of the supply and the SEC case hung over it for years.");
        events.create(userId, "XRP", new EventService.EventInput(LocalDate.of(2023, 7, 13), "REGULATION",
                "Court rules programmatic sales of XRP were not securities offerings."));

        // Seed 001's case studies, scored when its figures were gathered.
        evaluate(userId, "CAMP", LocalDate.of(2025, 11, 30),
                card("2 3 1.5 2.5 2", "1 2 1 1", "3 1.5 2", "1 2 1", "1 1.5 0.5 0.5"),
                "An IP layer for AI creators, 30M USD raised (1kx, Blockchain Capital). Only 21% of the supply "
                        + "circulates, 79% locked until 2030; proof of provenance is untested and no public audit was "
                        + "found; down 77% from its launch peak; Story Protocol is far better funded. High risk.");
        evaluate(userId, "EIGEN", LocalDate.of(2025, 12, 15),
                card("2.5 3.5 2 2.5 3", "2 1.5 1 1", "3.5 2.5 2.5", "1 3 2", "1.5 1.5 1 1"),
                "Restaking secures 17.5B USD; EigenCloud (DA, compute, verify) is ambitious. Investor and "
                        + "contributor unlocks run to 2028 with 4% inflation on top; the price is ~90% below its high. "
                        + "Risks: securities classification of restaking, cascading slashing, the Oct 2024 email hack.");

        // Seed 001: Camp Network (CAMP) at launch, and EigenLayer (EIGEN) in December 2025.
        // CAMP: the seed gives the buckets (ecosystem 26%, early backers 29%, protocol development 20%,
        // community 15%, foundation 10%), 21% circulating at launch and "most allocations locked five years, next
        // major unlock 27 Aug 2030". Assumed: the launch float is the community's 15% and 6% of the ecosystem's;
        // the rest unlocks linearly over the 12 months after the five-year cliff.
        // EIGEN: investors 29.5% and early contributors 25.5% locked a year from 30 Sep 2024, then monthly over
        // three years (the seed); community 45% = 15% stakedrop at launch, and (assumed) community initiatives and
        // R&D/ecosystem vesting over 48 months, which gives the seed's ~485M circulating in December 2025.
        // Emission: ~1.29M tokens a week (4% a year), about 5.59M a month; APY 4.24% (the seed's EIGEN rewards).
        tokenomics.save(userId, "CAMP", new TokenomicsDraft(new BigDecimal("0.088"), new BigDecimal("10000000000"),
                new BigDecimal("2100000000"), List.of(
                bucket("Community (at launch)", "0.15", 0, 0),
                bucket("Ecosystem growth (at launch)", "0.06", 0, 0),
                bucket("Ecosystem growth", "0.20", 60, 12),
                bucket("Early backers", "0.29", 60, 12),
                bucket("Protocol development", "0.20", 60, 12),
                bucket("Foundation / treasury", "0.10", 60, 12)),
                null, null, null, null, LocalDate.of(2025, 8, 27)), null);
        tokenomics.save(userId, "EIGEN", new TokenomicsDraft(new BigDecimal("0.55"), new BigDecimal("1673646668"),
                new BigDecimal("485000000"), List.of(
                bucket("Stakedrop", "0.15", 0, 0),
                bucket("Community initiatives", "0.15", 0, 48),
                bucket("R&D and ecosystem", "0.15", 0, 48),
                bucket("Investors", "0.295", 12, 36),
                bucket("Early contributors", "0.255", 12, 36)),
                new BigDecimal("5590000"), new BigDecimal("0.0424"), null, null, LocalDate.of(2024, 9, 30)), null);
    }

    private void evaluate(long userId, String symbol, LocalDate date, Map<String, Map<String, BigDecimal>> scores,
                          String notes) {
        evaluations.create(userId, symbol, new EvaluationInput(date, null, null, scores, notes));
    }

    /**
     * A score card from five groups of points in SPEC order: technology (architecture, innovation, security,
     * scalability, ecosystem), tokenomics (allocation, unlock schedule, value capture, inflation), team
     * (background, transparency, community), market (performance, liquidity, distribution), risk (regulatory,
     * technical, market, project).
     */
    static Map<String, Map<String, BigDecimal>> card(String technology, String tokenomics, String team, String market,
                                                     String risk) {
        Map<String, Map<String, BigDecimal>> card = new LinkedHashMap<>();
        card.put("technology", points(technology, "architecture", "innovation", "security", "scalability", "ecosystem"));
        card.put("tokenomics", points(tokenomics, "allocation", "unlockSchedule", "valueCapture", "inflation"));
        card.put("team", points(team, "background", "transparency", "community"));
        card.put("market", points(market, "performance", "liquidity", "distribution"));
        card.put("risk", points(risk, "regulatory", "technical", "market", "project"));
        return card;
    }

    private static Map<String, BigDecimal> points(String values, String... criteria) {
        String[] parts = values.split(" ");
        if (parts.length != criteria.length) {
            throw new IllegalArgumentException("expected " + criteria.length + " scores, got \"" + values + "\"");
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (int i = 0; i < criteria.length; i++) {
            points.put(criteria[i], new BigDecimal(parts[i]));
        }
        return points;
    }

    private static Map<String, BigDecimal> weights(String technology, String tokenomics, String team, String market,
                                                   String risk) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("technology", new BigDecimal(technology));
        weights.put("tokenomics", new BigDecimal(tokenomics));
        weights.put("team", new BigDecimal(team));
        weights.put("market", new BigDecimal(market));
        weights.put("risk", new BigDecimal(risk));
        return weights;
    }

    private static AllocationBucket.Draft bucket(String name, String share, int cliff, int vesting) {
        return new AllocationBucket.Draft(name, new BigDecimal(share), cliff, vesting);
    }
}
