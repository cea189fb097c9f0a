package app.ballast.web.notify;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.NotificationSettingsEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Each user's e-mail and webhook settings, and the installation's one admin setting: whether webhooks may
 * call private addresses.
 */
@ApplicationScoped
@Transactional
public class NotificationSettingsService {

    static final int EMAIL_MAX = 254;
    static final int WEBHOOK_URL_MAX = 2000;

    /** Enough to catch a typo (one @, a dot in the domain, no spaces); the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    EntityManager em;

    @Inject
    WebhookAddressGuard guard;

    @Inject
    NotificationConfig config;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPreferences get(long userId) {
        NotificationSettingsEntity s = NotificationSettingsEntity.findById(userId);
        return s == null ? NotificationPreferences.NONE
                : new NotificationPreferences(s.email, s.webhookUrl, s.emailEnabled, s.webhookEnabled);
    }

    /**
     * Saves the user's settings after checking them all (each problem named by its field); a webhook URL
     * must be http(s) and resolve to public addresses only, unless the admin allows private ones.
     */
    public NotificationPreferences save(long userId, NotificationPreferences input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String email = blankToNull(input.email());
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.add("email", "email must be an e-mail address such as investor@example.org");
        } else if (email == null && input.emailEnabled()) {
            errors.add("email", "email is needed to send notifications by e-mail");
        }
        String url = blankToNull(input.webhookUrl());
        if (url != null) {
            if (url.length() > WEBHOOK_URL_MAX) {
                errors.add("webhookUrl", "webhookUrl may have at most " + WEBHOOK_URL_MAX + " characters");
            } else {
                try {
                    guard.check(guard.parse(url), allowPrivateWebhooks());
                } catch (WebhookAddressGuard.RefusedAddressException e) {
                    errors.add("webhookUrl", e.getMessage());
                }
            }
        } else if (input.webhookEnabled()) {
            errors.add("webhookUrl", "webhookUrl is needed to send notifications to a webhook");
        }
        errors.throwIfAny();

        NotificationSettingsEntity s = NotificationSettingsEntity.findById(userId);
        if (s == null) {
            s = new NotificationSettingsEntity();
            s.userId = userId;
        }
        s.email = email;
        s.emailEnabled = input.emailEnabled();
        s.webhookUrl = url;
        s.webhookEnabled = input.webhookEnabled();
        s.updatedAt = Instant.now(clock);
        s.persist();
        return get(userId);
    }

    /** Whether this installation sends e-mail at all (an SMTP server is configured). */
    public boolean emailAvailable() {
        return config.email().enabled();
    }

    /** Read in a transaction of its own when called outside one (the sender runs without a request). */
    public boolean allowPrivateWebhooks() {
        Object value = em.createNativeQuery("SELECT allow_private_webhooks FROM notification_installation WHERE id = 1")
                .getSingleResult();
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** The admin's switch; the caller checks that the user is the admin. */
    public boolean allowPrivateWebhooks(boolean allow) {
        em.createNativeQuery("UPDATE notification_installation SET allow_private_webhooks = ?1, updated_at = ?2 "
                + "WHERE id = 1").setParameter(1, allow).setParameter(2, Instant.now(clock)).executeUpdate();
        return allowPrivateWebhooks();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
