package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/**
 * A stop or ladder step that fired: unique per plan, trigger kind and step, so that it fires once
 * whatever re-reads the same prices.
 */
@Entity
@Table(name = "plan_trigger")
public class PlanTriggerEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    /** STOP or LADDER. */
    @Column(name = "plan_kind", nullable = false, length = 10)
    public String planKind;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    /** STOP_TRIGGERED, TAKE_PROFIT_STEP or TRAILING_TAKE_PROFIT. */
    @Column(name = "trigger_kind", nullable = false, length = 24)
    public String triggerKind;

    @Column(nullable = false)
    public int step;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @Column(name = "triggered_on", nullable = false)
    public LocalDate triggeredOn;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal price;

    @Column(name = "stop_price", precision = 38, scale = 18)
    public BigDecimal stopPrice;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(name = "suggestion_id")
    public Long suggestionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
