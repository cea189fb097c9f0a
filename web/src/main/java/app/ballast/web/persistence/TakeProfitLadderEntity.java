package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

/** A take-profit ladder on a position (its steps are {@link TakeProfitStepEntity} rows). */
@Entity
@Table(name = "take_profit_ladder")
public class TakeProfitLadderEntity extends PanacheEntityBase {

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

    @Column(name = "target_gain", nullable = false, precision = 38, scale = 18)
    public BigDecimal targetGain;

    /** The trailing take-profit on what the steps leave; null: none. */
    @Column(precision = 38, scale = 18)
    public BigDecimal trail;

    @Column(name = "armed_on", nullable = false)
    public LocalDate armedOn;

    /** The position the plan covers, as it was when the plan was set. */
    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(name = "average_cost", precision = 38, scale = 18)
    public BigDecimal averageCost;

    @Embedded
    public PlanStateColumns state = new PlanStateColumns();

    /** Steps fired so far, one bit each (bit 0 = the first step). */
    @Column(name = "fired_steps", nullable = false)
    public int firedSteps;

    @Column(name = "take_profit_triggered", nullable = false)
    public boolean takeProfitTriggered;

    @Column(name = "finished_on")
    public LocalDate finishedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<TakeProfitLadderEntity> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    public static List<TakeProfitLadderEntity> listOwned(long userId) {
        return list("userId = ?1 order by id", userId);
    }
}
