package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;

/** An asset's weight before and after a suggestion's trades and its target share. */
@Entity
@Table(name = "rebalance_weight")
public class RebalanceWeightEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suggestion_id", nullable = false)
    public Long suggestionId;

    @Column(nullable = false, length = 15)
    public String symbol;

    @Column(name = "weight_before", nullable = false, precision = 38, scale = 18)
    public BigDecimal weightBefore;

    @Column(name = "weight_after", nullable = false, precision = 38, scale = 18)
    public BigDecimal weightAfter;

    @Column(name = "weight_target", nullable = false, precision = 38, scale = 18)
    public BigDecimal weightTarget;

    public static List<RebalanceWeightEntity> listFor(long suggestionId) {
        return list("suggestionId = ?1 order by symbol", suggestionId);
    }
}
