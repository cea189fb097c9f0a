package app.ballast.web.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A stored suggestion as the API and the pages show it. */
public record SuggestionView(long id, Instant createdAt, SuggestionKind kind, String mode, SuggestionStatus status,
                             String quarter, BigDecimal cash, BigDecimal cashAfter, BigDecimal valueBefore,
                             BigDecimal valueAfter, BigDecimal coreBefore, BigDecimal coreAfter,
                             BigDecimal satellitesBefore, BigDecimal satellitesAfter, Instant decidedAt,
                             List<TradeView> trades, List<WeightView> weights, List<UnmetView> unmet) {

    /** One suggested trade; {@code transactionId} once accepted (the first, when a sell spans accounts). */
    public record TradeView(long id, String symbol, String account, String side, BigDecimal quantity,
                            BigDecimal price, BigDecimal value, BigDecimal fee, String reason, Long transactionId) {
    }

    /** An asset's share of the portfolio before and after the trades, and its target. */
    public record WeightView(String symbol, BigDecimal before, BigDecimal after, BigDecimal target) {
    }

    public record UnmetView(String rule, String subject, String reason) {
    }

    public boolean open() {
        return status == SuggestionStatus.OPEN;
    }
}
