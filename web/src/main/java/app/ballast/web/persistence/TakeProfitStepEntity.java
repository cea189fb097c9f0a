package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One step of a ladder: sell a fraction when the gain reaches a fraction of the target; fires once. */
@Entity
@Table(name = "take_profit_step")
public class TakeProfitStepEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ladder_id", nullable = false)
    public Long ladderId;

    /** 0, 1, 2… in the order the steps fire. */
    @Column(nullable = false)
    public int position;

    @Column(name = "at_fraction_of_target", nullable = false, precision = 38, scale = 18)
    public BigDecimal atFractionOfTarget;

    @Column(name = "sell_fraction", nullable = false, precision = 38, scale = 18)
    public BigDecimal sellFraction;

    @Column(name = "fired_on")
    public LocalDate firedOn;

    public static List<TakeProfitStepEntity> listFor(long ladderId) {
        return list("ladderId = ?1 order by position", ladderId);
    }
}
