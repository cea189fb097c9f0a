package app.ballast.web.persistence;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.Tier;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** Shared reference data: a coin or token every user can hold. */
@Entity
@Table(name = "asset")
public class AssetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 15)
    public String symbol;

    @Column(nullable = false, length = 80)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Tier tier;

    @Column(nullable = false, length = 40)
    public String sector;

    @Column(nullable = false)
    public boolean stablecoin;

    @Column(name = "price_feed_id", length = 100)
    public String priceFeedId;

    public static Optional<AssetEntity> findBySymbol(String symbol) {
        return find("symbol", symbol).firstResultOptional();
    }

    public AssetInfo toInfo() {
        return new AssetInfo(symbol, name, tier, sector, stablecoin);
    }
}
