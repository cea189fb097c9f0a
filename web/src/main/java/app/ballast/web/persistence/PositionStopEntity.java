package app.ballast.web.persistence;

import app.ballast.web.policy.StopKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A trailing or fixed stop on a position, with what the evaluator keeps between prices. */
@Entity
@Table(name = "position_stop")
public class PositionStopEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    public AccountEntity account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public StopKind kind;

    @Column(precision = 38, scale = 18)
    public BigDecimal trail;

    @Column(name = "fixed_price", precision = 38, scale = 18)
    public BigDecimal fixedPrice;

    @Column(name = "below_cost", precision = 38, scale = 18)
    public BigDecimal belowCost;

    @Column(name = "sell_fraction", nullable = false, precision = 38, scale = 18)
    public BigDecimal sellFraction;

    @Column(name = "armed_on", nullable = false)
    public LocalDate armedOn;

    /** The position the plan covers, as it was when the plan was set. */
    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(name = "average_cost", precision = 38, scale = 18)
    public BigDecimal averageCost;

    @Embedded
    public PlanStateColumns state = new PlanStateColumns();

    @Column(nullable = false)
    public boolean triggered;

    @Column(name = "triggered_on")
    public LocalDate triggeredOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<PositionStopEntity> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    public static List<PositionStopEntity> listOwned(long userId) {
        return list("userId = ?1 order by id", userId);
    }
}
