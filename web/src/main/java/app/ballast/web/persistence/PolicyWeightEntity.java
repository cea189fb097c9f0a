package app.ballast.web.persistence;

import app.ballast.domain.Tier;
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
import java.util.List;

/** One asset's target weight inside its sleeve (core or satellite) of a policy. */
@Entity
@Table(name = "policy_weight")
public class PolicyWeightEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id", nullable = false)
    public Long policyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Tier sleeve;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal weight;

    public static List<PolicyWeightEntity> listFor(long policyId) {
        return list("policyId = ?1 order by sleeve, asset.symbol", policyId);
    }
}
