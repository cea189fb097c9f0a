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
 * Market figures a user entered by hand or imported: Fear &amp; Greed (market-wide, on a row without
 * an asset or with one), and per asset MVRV, top-10 holder share, 24 h volume and market cap.
 */
@Entity
@Table(name = "market_input")
public class MarketInputEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "input_date", nullable = false)
    public LocalDate inputDate;

    /** Null for a market-wide row. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asset_id")
    public AssetEntity asset;

    /** The Fear &amp; Greed index, a whole number from 0 to 100. */
    @Column(name = "fear_greed", columnDefinition = "smallint")
    public Integer fearGreed;

    @Column(precision = 38, scale = 18)
    public BigDecimal mvrv;

    @Column(name = "top10_holder_share", precision = 20, scale = 18)
    public BigDecimal top10HolderShare;

    @Column(name = "volume_24h", precision = 38, scale = 18)
    public BigDecimal volume24h;

    @Column(name = "market_cap", precision = 38, scale = 18)
    public BigDecimal marketCap;

    @Column(nullable = false, length = 20)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
