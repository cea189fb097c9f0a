package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** A portfolio's written policy (its per-asset weights are {@link PolicyWeightEntity} rows). */
@Entity
@Table(name = "portfolio_policy")
public class PolicyEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "portfolio_id", nullable = false)
    public Long portfolioId;

    @Column(name = "core_target", nullable = false, precision = 38, scale = 18)
    public BigDecimal coreTarget;

    @Column(name = "core_min", nullable = false, precision = 38, scale = 18)
    public BigDecimal coreMin;

    @Column(name = "core_max", nullable = false, precision = 38, scale = 18)
    public BigDecimal coreMax;

    @Column(name = "satellite_cap", nullable = false, precision = 38, scale = 18)
    public BigDecimal satelliteCap;

    @Column(name = "core_exempt_from_cap", nullable = false)
    public boolean coreExemptFromCap;

    @Column(name = "sector_cap", nullable = false, precision = 38, scale = 18)
    public BigDecimal sectorCap;

    @Column(name = "min_trade", nullable = false, precision = 38, scale = 18)
    public BigDecimal minTrade;

    @Column(name = "fee_rate", nullable = false, precision = 38, scale = 18)
    public BigDecimal feeRate;

    @Column(name = "no_buy_below", nullable = false, precision = 38, scale = 18)
    public BigDecimal noBuyBelow;

    @Column(name = "sell_below", nullable = false, precision = 38, scale = 18)
    public BigDecimal sellBelow;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<PolicyEntity> findByPortfolio(long portfolioId) {
        return find("portfolioId", portfolioId).firstResultOptional();
    }
}
