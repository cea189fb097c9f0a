package app.ballast.web.persistence;

import app.ballast.domain.TransactionType;
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
import java.time.Instant;

/** One row of a portfolio's ledger. */
@Entity
@Table(name = "ledger_transaction")
public class TransactionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "portfolio_id", nullable = false)
    public Long portfolioId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransactionType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    public AccountEntity account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_account_id")
    public AccountEntity toAccount;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(precision = 38, scale = 18)
    public BigDecimal price;

    @Column(precision = 38, scale = 18)
    public BigDecimal fee;

    @Column(name = "fee_asset", length = 15)
    public String feeAsset;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(columnDefinition = "text")
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
