package app.ballast.web.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** A person who signs in; owns portfolios and accounts. */
@Entity
@Table(name = "app_user")
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 64)
    public String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(nullable = false)
    public boolean admin;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** "en" or "zh-CN": the language of the notifications sent to them (e-mail, webhook); null is English. */
    @Column(length = 8)
    public String language;

    public static Optional<UserEntity> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
