package app.ballast.web.i18n;

import app.ballast.web.persistence.UserEntity;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Locale;

/**
 * The language each user reads Ballast in, remembered for what reaches them outside a page (the e-mails
 * and webhook posts of their notifications): set at sign-up, and again when they switch the language or
 * save their notification settings. Unknown is English.
 */
@ApplicationScoped
public class UserLanguages {

    /** Remembers {@code locale} for the signed-in user of {@code identity}; nothing for a visitor. */
    @Transactional
    public void remember(SecurityIdentity identity, Locale locale) {
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        Long userId = identity.getAttribute("userId");
        if (userId != null) {
            remember(userId, locale);
        }
    }

    @Transactional
    public void remember(long userId, Locale locale) {
        UserEntity.update("language = ?1 where id = ?2", Languages.tag(locale), userId);
    }

    /** The user's language; English when not known. */
    public static Locale of(UserEntity user) {
        Locale locale = user == null ? null : Languages.fromTag(user.language);
        return locale == null ? Languages.ENGLISH : locale;
    }
}
