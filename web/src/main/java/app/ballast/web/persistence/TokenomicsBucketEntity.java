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

/** One allocation bucket of an asset's tokenomics (team, investors, community, …). */
@Entity
@Table(name = "tokenomics_bucket")
public class TokenomicsBucketEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tokenomics_id", nullable = false)
    public TokenomicsEntity tokenomics;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal share;

    @Column(name = "cliff_months", nullable = false)
    public int cliffMonths;

    @Column(name = "vesting_months", nullable = false)
    public int vestingMonths;
}
