package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A rule a suggestion's trades cannot satisfy, and why. */
@Entity
@Table(name = "rebalance_unmet")
public class RebalanceUnmetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suggestion_id", nullable = false)
    public Long suggestionId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 40)
    public String rule;

    @Column(nullable = false, length = 80)
    public String subject;

    @Column(nullable = false, length = 1000)
    public String reason;

    public static List<RebalanceUnmetEntity> listFor(long suggestionId) {
        return list("suggestionId = ?1 order by position", suggestionId);
    }
}
