package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** One evaluation of an asset by a user: every criterion's points, the weights used, the total, notes. */
@Entity
@Table(name = "evaluation")
public class EvaluationEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    @Column(name = "profile_name", nullable = false, length = 100)
    public String profileName;

    @Column(name = "weight_technology", nullable = false, precision = 20, scale = 18)
    public BigDecimal weightTechnology;

    @Column(name = "weight_tokenomics", nullable = false, precision = 20, scale = 18)
    public BigDecimal weightTokenomics;

    @Column(name = "weight_team", nullable = false, precision = 20, scale = 18)
    public BigDecimal weightTeam;

    @Column(name = "weight_market", nullable = false, precision = 20, scale = 18)
    public BigDecimal weightMarket;

    @Column(name = "weight_risk", nullable = false, precision = 20, scale = 18)
    public BigDecimal weightRisk;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal total;

    @Column(nullable = false, length = 20)
    public String recommendation;

    @Column(columnDefinition = "text")
    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Criterion path ("risk.market") → points. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "criterion", length = 40)
    @Column(name = "score", nullable = false, precision = 20, scale = 18)
    public Map<String, BigDecimal> scores = new HashMap<>();
}
