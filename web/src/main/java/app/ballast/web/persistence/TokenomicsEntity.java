package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A user's tokenomics figures for one asset, with its allocation buckets. */
@Entity
@Table(name = "tokenomics")
public class TokenomicsEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @Column(precision = 38, scale = 18)
    public BigDecimal price;

    @Column(name = "total_supply", nullable = false, precision = 38, scale = 18)
    public BigDecimal totalSupply;

    @Column(name = "circulating_supply", nullable = false, precision = 38, scale = 18)
    public BigDecimal circulatingSupply;

    @Column(name = "monthly_emission", precision = 38, scale = 18)
    public BigDecimal monthlyEmission;

    @Column(name = "staking_apy", precision = 38, scale = 18)
    public BigDecimal stakingApy;

    @Column(name = "revenue_to_stakers", precision = 38, scale = 18)
    public BigDecimal revenueToStakers;

    @Column(name = "value_staked", precision = 38, scale = 18)
    public BigDecimal valueStaked;

    @Column(name = "schedule_start")
    public LocalDate scheduleStart;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "tokenomics", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<TokenomicsBucketEntity> buckets = new ArrayList<>();
}
