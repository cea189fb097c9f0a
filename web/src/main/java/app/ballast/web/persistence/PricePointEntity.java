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
import java.time.LocalDate;

/** A daily close of an asset in USD, with where it came from. */
@Entity
@Table(name = "price_point")
public class PricePointEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "asset_id", nullable = false)
    public Long assetId;

    @Column(name = "price_date", nullable = false)
    public LocalDate priceDate;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal close;

    @Column(name = "volume_24h", precision = 38, scale = 18)
    public BigDecimal volume24h;

    @Column(name = "market_cap", precision = 38, scale = 18)
    public BigDecimal marketCap;

    @Column(nullable = false, length = 40)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
