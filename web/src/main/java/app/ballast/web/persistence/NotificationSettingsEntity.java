package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** How a user wants to hear of notifications besides the in-app centre; no row means the centre only. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettingsEntity extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(length = 254)
    public String email;

    @Column(name = "email_enabled", nullable = false)
    public boolean emailEnabled;

    @Column(name = "webhook_url", length = 2000)
    public String webhookUrl;

    @Column(name = "webhook_enabled", nullable = false)
    public boolean webhookEnabled;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
