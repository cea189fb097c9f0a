package app.ballast.web.persistence;

import app.ballast.domain.AccountKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** Where a user keeps coins: an exchange account or a wallet. */
@Entity
@Table(name = "account")
public class AccountEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public Long userId;

    @Column(nullable = false, length = 80)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AccountKind kind;

    public static Optional<AccountEntity> findByName(long userId, String name) {
        return find("userId = ?1 and name = ?2", userId, name).firstResultOptional();
    }

    public static Optional<AccountEntity> findOwned(long userId, long id) {
        return find("userId = ?1 and id = ?2", userId, id).firstResultOptional();
    }

    public static List<AccountEntity> listOwned(long userId) {
        return list("userId = ?1 order by name", userId);
    }
}
