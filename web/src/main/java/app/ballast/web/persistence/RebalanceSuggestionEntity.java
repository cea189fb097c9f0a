package app.ballast.web.persistence;

import app.ballast.web.policy.SuggestionKind;
import app.ballast.web.policy.SuggestionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A stored list of suggested trades (its trades and weights are child rows). */
@Entity
@Table(name = "rebalance_suggestion")
public class RebalanceSuggestionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "portfolio_id", nullable = false)
    public Long portfolioId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** FULL or BUY_ONLY. */
    @Column(nullable = false, length = 10)
    public String mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public SuggestionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public SuggestionKind kind;

    /** "2026-Q4" for a quarterly suggestion, null otherwise. */
    @Column(length = 7)
    public String quarter;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal cash;

    @Column(name = "cash_after", nullable = false, precision = 38, scale = 18)
    public BigDecimal cashAfter;

    @Column(name = "value_before", nullable = false, precision = 38, scale = 18)
    public BigDecimal valueBefore;

    @Column(name = "value_after", nullable = false, precision = 38, scale = 18)
    public BigDecimal valueAfter;

    /** The core sleeve's share of the portfolio before the trades. */
    @Column(name = "core_before", nullable = false, precision = 38, scale = 18)
    public BigDecimal coreBefore;

    @Column(name = "core_after", nullable = false, precision = 38, scale = 18)
    public BigDecimal coreAfter;

    @Column(name = "satellites_before", nullable = false, precision = 38, scale = 18)
    public BigDecimal satellitesBefore;

    @Column(name = "satellites_after", nullable = false, precision = 38, scale = 18)
    public BigDecimal satellitesAfter;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static Optional<RebalanceSuggestionEntity> findOwned(long portfolioId, long id) {
        return find("portfolioId = ?1 and id = ?2", portfolioId, id).firstResultOptional();
    }
}
