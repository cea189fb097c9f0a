package app.ballast.web.persistence;

import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.MissedDates;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A DCA plan (定投): buy an amount of an asset on a schedule. */
@Entity
@Table(name = "dca_plan")
public class DcaPlanEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    /** Where the buys are recorded; null: the account that holds most of the asset. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    public AccountEntity account;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 9)
    public DayOfWeek dayOfWeek;

    @Column(name = "day_of_month")
    public Integer dayOfMonth;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(precision = 38, scale = 18)
    public BigDecimal budget;

    @Column(name = "auto_record", nullable = false)
    public boolean autoRecord;

    /** What the dates missed while Ballast was down become: MISSED rows, or buys at the next run's price. */
    @Enumerated(EnumType.STRING)
    @Column(name = "missed_dates", nullable = false, length = 10)
    public MissedDates missedDates = MissedDates.MISS;

    @Column(name = "mvrv_below", precision = 38, scale = 18)
    public BigDecimal mvrvBelow;

    @Column(name = "mvrv_below_factor", precision = 38, scale = 18)
    public BigDecimal mvrvBelowFactor;

    @Column(name = "mvrv_above", precision = 38, scale = 18)
    public BigDecimal mvrvAbove;

    @Column(name = "mvrv_above_factor", precision = 38, scale = 18)
    public BigDecimal mvrvAboveFactor;

    @Column(name = "fear_greed_below")
    public Integer fearGreedBelow;

    @Column(name = "fear_greed_below_factor", precision = 38, scale = 18)
    public BigDecimal fearGreedBelowFactor;

    @Column(name = "fear_greed_above")
    public Integer fearGreedAbove;

    @Column(name = "fear_greed_above_factor", precision = 38, scale = 18)
    public BigDecimal fearGreedAboveFactor;

    @Column(name = "last_run_on")
    public LocalDate lastRunOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<DcaPlanEntity> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    public static List<DcaPlanEntity> listOwned(long userId) {
        return list("userId = ?1 order by id", userId);
    }
}
