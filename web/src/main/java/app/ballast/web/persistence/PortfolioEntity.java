package app.ballast.web.persistence;

import app.ballast.domain.CostMethod;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A user's portfolio: the ledger's owner and its cost method. */
@Entity
@Table(name = "portfolio")
public class PortfolioEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(nullable = false, length = 80)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_method", nullable = false, length = 20)
    public CostMethod costMethod;

    @Column(name = "base_currency", nullable = false, length = 3, columnDefinition = "char(3)")
    public String baseCurrency;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * Incremented by every change of the ledger (see LedgerCache), only through
     * PortfolioService.bumpLedgerVersion: never written from the entity, so that saving another
     * field cannot put back a version read earlier.
     */
    @Column(name = "ledger_version", nullable = false, insertable = false, updatable = false)
    public long ledgerVersion;
}
