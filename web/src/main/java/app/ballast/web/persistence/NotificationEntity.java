package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One event told to one user (unique per user and event key). Written by {@code notify.Notifications} in
 * batched SQL; read and marked read through this entity.
 */
@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(name = "event_key", nullable = false, length = 190)
    public String eventKey;

    /** A {@code notify.NotificationKind} name. */
    @Column(nullable = false, length = 30)
    public String kind;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, length = 4000)
    public String body;

    @Column(length = 500)
    public String link;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    public static Optional<NotificationEntity> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}
