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

/** A portfolio's value and cost at one day's closes; one per portfolio and date (written by the value-snapshot job). */
@Entity
@Table(name = "portfolio_value_snapshot")
public class PortfolioValueSnapshotEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "portfolio_id", nullable = false)
    public Long portfolioId;

    @Column(name = "snapshot_date", nullable = false)
    public LocalDate snapshotDate;

    @Column(nullable = false, precision = 65, scale = 18)
    public BigDecimal value;

    @Column(nullable = false, precision = 65, scale = 18)
    public BigDecimal cost;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
