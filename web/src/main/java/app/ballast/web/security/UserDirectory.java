package app.ballast.web.security;

import app.ballast.web.persistence.UserEntity;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks credentials against the bcrypt hashes in {@code app_user}.
 *
 * <p>A bcrypt check costs tens of milliseconds by design; API clients send HTTP Basic credentials
 * on every call, so a successful check is remembered for a few minutes as a SHA-256 digest of the
 * password and the stored hash (never the password itself). A changed hash invalidates it.
 */
@ApplicationScoped
public class UserDirectory {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** The user's roles when the password matches, empty otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInUser> verify(String username, char[] password) {
        Optional<UserEntity> user = UserEntity.findByUsername(username);
        if (user.isEmpty()) {
            // Spend the same time as a real check so that user names cannot be probed by timing.
            BcryptUtil.matches(new String(password), DUMMY_HASH);
            return Optional.empty();
        }
        UserEntity entity = user.get();
        String digest = digest(entity.passwordHash, password);
        Verified remembered = verified.get(username);
        if (remembered != null && remembered.digest.equals(digest) && remembered.until.isAfter(Instant.now())) {
            return Optional.of(SignedInUser.of(entity));
        }
        if (!BcryptUtil.matches(new String(password), entity.passwordHash)) {
            return Optional.empty();
        }
        verified.put(username, new Verified(digest, Instant.now().plus(REMEMBER)));
        return Optional.of(SignedInUser.of(entity));
    }

    /** The user named in a sign-in cookie, if they still exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInUser> find(String username) {
        return UserEntity.findByUsername(username).map(SignedInUser::of);
    }

    private static String digest(String hash, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(hash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    private record Verified(String digest, Instant until) {
    }

    /** Who signed in, as the security layer needs it. */
    public record SignedInUser(long id, String username, boolean admin) {
        static SignedInUser of(UserEntity entity) {
            return new SignedInUser(entity.id, entity.username, entity.admin);
        }
    }
}
