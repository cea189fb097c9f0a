package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A warning that was active at the last daily check (unique per user, rule and subject), with the day it
 * appeared: it was notified then, and is not again until it clears and comes back.
 */
@Entity
@Table(name = "warning_alert")
public class WarningAlertEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    /** A {@code domain.WarningRule} name. */
    @Column(name = "rule_name", nullable = false, length = 40)
    public String ruleName;

    @Column(nullable = false, length = 100)
    public String subject;

    @Column(nullable = false)
    public LocalDate since;

    @Column(name = "last_seen", nullable = false)
    public LocalDate lastSeen;
}
