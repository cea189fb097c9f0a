package app.ballast.web.persistence;

import app.ballast.web.policy.ExecutionStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened on one due date of a DCA plan; unique per plan and date. */
@Entity
@Table(name = "dca_execution")
public class DcaExecutionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public Long planId;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ExecutionStatus status;

    @Column(precision = 38, scale = 18)
    public BigDecimal amount;

    @Column(precision = 38, scale = 18)
    public BigDecimal quantity;

    @Column(precision = 38, scale = 18)
    public BigDecimal price;

    @Column(length = 500)
    public String reason;

    @Column(name = "transaction_id")
    public Long transactionId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<DcaExecutionEntity> listFor(long planId) {
        return list("planId = ?1 order by dueDate desc", planId);
    }
}
