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
import java.util.List;
import java.util.Optional;

/** A user's saved weight profile: one weight per dimension. */
@Entity
@Table(name = "weight_profile")
public class WeightProfileEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal technology;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal tokenomics;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal team;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal market;

    @Column(nullable = false, precision = 20, scale = 18)
    public BigDecimal risk;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static List<WeightProfileEntity> listOwned(long userId) {
        return list("userId = ?1 order by name", userId);
    }

    public static Optional<WeightProfileEntity> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    public static Optional<WeightProfileEntity> findByName(long userId, String name) {
        return find("userId = ?1 and name = ?2", userId, name).firstResultOptional();
    }
}
