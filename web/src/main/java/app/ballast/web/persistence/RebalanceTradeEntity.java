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
import java.util.List;

/** One suggested trade; once accepted it names the transaction that recorded it. */
@Entity
@Table(name = "rebalance_trade")
public class RebalanceTradeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "suggestion_id", nullable = false)
    public Long suggestionId;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    public AssetEntity asset;

    /** The account to sell from or buy into; null: chosen when the trade is accepted. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id")
    public AccountEntity account;

    /** BUY or SELL. */
    @Column(nullable = false, length = 4)
    public String side;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal price;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal value;

    @Column(nullable = false, precision = 38, scale = 18)
    public BigDecimal fee;

    @Column(nullable = false, length = 500)
    public String reason;

    @Column(name = "transaction_id")
    public Long transactionId;

    public static List<RebalanceTradeEntity> listFor(long suggestionId) {
        return list("suggestionId = ?1 order by position", suggestionId);
    }
}
