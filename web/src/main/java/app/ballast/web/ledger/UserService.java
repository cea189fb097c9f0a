package app.ballast.web.ledger;

import app.ballast.domain.CostMethod;
import app.ballast.web.BallastConfig;
import app.ballast.web.i18n.Languages;
import app.ballast.web.i18n.Texts;
import app.ballast.web.persistence.UserEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.regex.Pattern;

/** Signs up new users: a bcrypt hash of the password, and an empty portfolio. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MIN_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9_.-]{3,64}$");

    @Inject
    PortfolioService portfolios;

    @Inject
    BallastConfig config;

    public boolean signupEnabled() {
        return config.signup().enabled();
    }

    public UserEntity signUp(String username, String password) {
        if (!signupEnabled()) {
            throw new SignupClosedException();
        }
        return create(username, password, MIN_PASSWORD);
    }

    /**
     * Creates a user with their portfolio. The first user of an installation is its admin.
     * {@code minPassword} lets the demo user keep its well-known short password.
     */
    public UserEntity create(String username, String password, int minPassword) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("username", "username must be 3 to 64 letters, digits, '.', '_' or '-'");
        } else if (UserEntity.findByUsername(username).isPresent()) {
            errors.add("username", "username \"" + username + "\" is taken");
        }
        if (password == null || password.length() < minPassword) {
            errors.add("password", "password must be at least " + minPassword + " characters");
        } else if (password.length() > 72) {
            errors.add("password", "password must be at most 72 characters"); // bcrypt's limit
        }
        errors.throwIfAny();
        UserEntity user = new UserEntity();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.admin = UserEntity.count() == 0;
        user.createdAt = Instant.now();
        user.language = Languages.tag(Texts.requestLocale()); // the sign-up page's language (English outside a request)
        user.persist();
        portfolios.create(user.id, CostMethod.MOVING_AVERAGE);
        return user;
    }

    /** Sign-up is switched off by the setting ballast.signup.enabled. */
    public static class SignupClosedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SignupClosedException() {
            super("sign-up is closed on this installation");
        }
    }
}
