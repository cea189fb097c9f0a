package app.ballast.web.scoring;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;
import app.ballast.scoring.TokenomicsAnalysis;
import app.ballast.scoring.TokenomicsAnalyzer;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.PricePointEntity;
import app.ballast.web.persistence.TokenomicsBucketEntity;
import app.ballast.web.persistence.TokenomicsEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's tokenomics figures per asset (one set per asset; saving replaces it) and their analysis.
 * Without a price of its own, the analysis uses the asset's latest daily close.
 */
@ApplicationScoped
@Transactional
public class TokenomicsService {

    /** Months shown when the caller does not say: at least a year, and the whole schedule up to ten years. */
    public static final int DEFAULT_MONTHS = 12;

    @Inject
    PortfolioService portfolios;

    /** What an investor submits (buckets not yet checked). */
    public record TokenomicsDraft(BigDecimal price, BigDecimal totalSupply, BigDecimal circulatingSupply,
                                  List<AllocationBucket.Draft> buckets, BigDecimal monthlyEmission,
                                  BigDecimal stakingApy, BigDecimal revenueToStakers, BigDecimal valueStaked,
                                  LocalDate scheduleStart) {
        public TokenomicsInput toInput() {
            List<AllocationBucket.Draft> trimmed = buckets == null ? null : buckets.stream()
                    .map(b -> b == null || b.name() == null ? b
                            : new AllocationBucket.Draft(b.name().strip(), b.share(), b.cliffMonths(), b.vestingMonths()))
                    .toList();
            return TokenomicsInput.parse(price, totalSupply, circulatingSupply, trimmed, monthlyEmission, stakingApy,
                    revenueToStakers, valueStaked, scheduleStart);
        }
    }

    /** The price the analysis used and where it came from. */
    public record PriceUsed(BigDecimal price, LocalDate date, String source) {
    }

    /** Stored figures, the analysis over {@code months} and the price it used (null without any price). */
    public record TokenomicsView(String symbol, TokenomicsInput input, TokenomicsAnalysis analysis, int months,
                                 PriceUsed priceUsed, Instant updatedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenomicsView> find(long userId, String symbol, Integer months) {
        AssetEntity asset = Assets.bySymbol(symbol);
        return entity(userId, asset).map(e -> view(e, months));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TokenomicsView get(long userId, String symbol, Integer months) {
        return find(userId, symbol, months).orElseThrow(() -> new NotFoundException("no tokenomics for " + symbol));
    }

    /**
     * Symbol → FDV / market cap of every asset the user has tokenomics for, in one query: the ratio of the
     * supplies, which needs neither a price nor a schedule.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, BigDecimal> fdvToMarketCaps(long userId) {
        Map<String, BigDecimal> ratios = new HashMap<>();
        TokenomicsEntity.getEntityManager().createQuery("""
                        select t.asset.symbol, t.totalSupply, t.circulatingSupply from TokenomicsEntity t
                        where t.userId = ?1""", Object[].class)
                .setParameter(1, userId).getResultList()
                .forEach(row -> ratios.put((String) row[0], TokenomicsAnalyzer.analyze(new TokenomicsInput(null,
                        (BigDecimal) row[1], (BigDecimal) row[2], List.of(), null, null, null, null, null), 1)
                        .fdvToMarketCap()));
        return ratios;
    }

    /**
     * The user's inputs for the assets, by asset id, as the domain records the warning rules read; without a
     * price of their own they take {@code latestCloses} (by asset id). One query for them all.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, TokenomicsInput> inputs(long userId, Collection<AssetEntity> assets,
                                             Map<Long, PriceUsed> latestCloses) {
        Map<Long, TokenomicsInput> inputs = new HashMap<>();
        if (assets.isEmpty()) {
            return inputs;
        }
        TokenomicsEntity.<TokenomicsEntity>list("select distinct t from TokenomicsEntity t left join fetch t.buckets "
                        + "where t.userId = ?1 and t.asset in ?2", userId, assets)
                .forEach(e -> inputs.put(e.asset.id, withPrice(toInput(e), latestCloses.get(e.asset.id))));
        return inputs;
    }

    /**
     * Creates or replaces the asset's tokenomics; answers whether it was created. Serialized per user (on
     * their portfolio, before anything is read: under REPEATABLE READ the first read fixes what the
     * transaction sees), so that two first saves of the same asset cannot both insert it.
     */
    public Saved save(long userId, String symbol, TokenomicsDraft draft, Integer months) {
        portfolios.lock(userId);
        AssetEntity asset = Assets.bySymbol(symbol);
        checkMonths(months);
        TokenomicsInput input;
        try {
            input = draft.toInput();
        } catch (InvalidValueException e) {
            throw InvalidInputException.of(e);
        }
        Optional<TokenomicsEntity> existing = entity(userId, asset);
        TokenomicsEntity entity = existing.orElseGet(TokenomicsEntity::new);
        entity.userId = userId;
        entity.asset = asset;
        entity.price = input.price();
        entity.totalSupply = input.totalSupply();
        entity.circulatingSupply = input.circulatingSupply();
        entity.monthlyEmission = input.monthlyEmission();
        entity.stakingApy = input.stakingApy();
        entity.revenueToStakers = input.revenueToStakers();
        entity.valueStaked = input.valueStaked();
        entity.scheduleStart = input.scheduleStart();
        entity.updatedAt = Times.now();
        entity.buckets.clear();
        if (existing.isPresent()) {
            // The old rows go first: their (position) and (name) keys would collide with the new ones.
            TokenomicsEntity.getEntityManager().flush();
        }
        List<AllocationBucket> buckets = input.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            TokenomicsBucketEntity bucket = new TokenomicsBucketEntity();
            bucket.tokenomics = entity;
            bucket.position = i;
            bucket.name = buckets.get(i).name();
            bucket.share = buckets.get(i).share();
            bucket.cliffMonths = buckets.get(i).cliffMonths();
            bucket.vestingMonths = buckets.get(i).vestingMonths();
            entity.buckets.add(bucket);
        }
        if (existing.isEmpty()) {
            entity.persist();
        }
        return new Saved(view(entity, months), existing.isEmpty());
    }

    public record Saved(TokenomicsView view, boolean created) {
    }

    public void delete(long userId, String symbol) {
        portfolios.lock(userId); // as save does: a delete between a save's read and its write would fail it
        AssetEntity asset = Assets.bySymbol(symbol);
        entity(userId, asset).orElseThrow(() -> new NotFoundException("no tokenomics for " + symbol)).delete();
    }

    /** The stateless analysis of {@code POST /api/tokenomics/analyze}. */
    public static TokenomicsAnalysis analyze(TokenomicsDraft draft, Integer months) {
        checkMonths(months);
        return TokenomicsAnalyzer.analyze(draft.toInput(), months == null ? DEFAULT_MONTHS : months);
    }

    /** Enough months to show the whole schedule (at least a year, at most the analyzer's limit). */
    public static int monthsFor(TokenomicsInput input) {
        int last = input.buckets().stream().mapToInt(AllocationBucket::lastUnlockMonth).max().orElse(0);
        return Math.min(TokenomicsAnalyzer.MONTHS_MAX, Math.max(DEFAULT_MONTHS, last));
    }

    private static void checkMonths(Integer months) {
        if (months != null && (months < 1 || months > TokenomicsAnalyzer.MONTHS_MAX)) {
            throw new InvalidInputException("months", "months must be from 1 to " + TokenomicsAnalyzer.MONTHS_MAX
                    + ", was " + months);
        }
    }

    private TokenomicsView view(TokenomicsEntity entity, Integer months) {
        TokenomicsInput stored = toInput(entity);
        PriceUsed price = stored.price() != null ? new PriceUsed(stored.price(), null, "entered")
                : latestClose(entity.asset);
        TokenomicsInput input = withPrice(stored, price);
        int shown = months != null ? months : monthsFor(input);
        return new TokenomicsView(entity.asset.symbol, stored, TokenomicsAnalyzer.analyze(input, shown), shown, price,
                entity.updatedAt);
    }

    private static TokenomicsInput withPrice(TokenomicsInput input, PriceUsed price) {
        if (input.price() != null || price == null) {
            return input;
        }
        return new TokenomicsInput(price.price(), input.totalSupply(), input.circulatingSupply(), input.buckets(),
                input.monthlyEmission(), input.stakingApy(), input.revenueToStakers(), input.valueStaked(),
                input.scheduleStart());
    }

    private static PriceUsed latestClose(AssetEntity asset) {
        return PricePointEntity.<PricePointEntity>find("assetId = ?1 order by priceDate desc", asset.id)
                .firstResultOptional().map(p -> new PriceUsed(p.close, p.priceDate, "latest close")).orElse(null);
    }

    private static TokenomicsInput toInput(TokenomicsEntity entity) {
        List<AllocationBucket> buckets = new ArrayList<>();
        for (TokenomicsBucketEntity b : entity.buckets) {
            buckets.add(new AllocationBucket(b.name, b.share, b.cliffMonths, b.vestingMonths));
        }
        return new TokenomicsInput(entity.price, entity.totalSupply, entity.circulatingSupply, buckets,
                entity.monthlyEmission, entity.stakingApy, entity.revenueToStakers, entity.valueStaked,
                entity.scheduleStart);
    }

    private static Optional<TokenomicsEntity> entity(long userId, AssetEntity asset) {
        return TokenomicsEntity.find("userId = ?1 and asset = ?2", userId, asset).firstResultOptional();
    }
}
