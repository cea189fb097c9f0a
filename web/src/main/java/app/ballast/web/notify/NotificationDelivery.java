package app.ballast.web.notify;

import app.ballast.web.i18n.Texts;
import app.ballast.web.i18n.UserLanguages;
import app.ballast.web.persistence.NotificationEntity;
import app.ballast.web.persistence.NotificationSettingsEntity;
import app.ballast.web.persistence.UserEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the queued e-mails and webhook calls. Each delivery is claimed first, in its own short transaction
 * (one UPDATE … LIMIT, row locks decide), so that two senders — two threads, two instances — never send the
 * same one; the sending itself happens outside any transaction. A failure is retried later with a doubling
 * wait; after {@code max-attempts} it is given up and its last error kept. A claim whose sender died expires
 * after {@code claim-timeout} and is sent again: a crash mid-send can repeat that one delivery (at least once,
 * never twice otherwise).
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);

    /** What sending one delivery came to. */
    enum Result { SENT, RETRY, GIVE_UP, CANCELLED }

    record Outcome(Result result, String error) {
        static final Outcome SENT = new Outcome(Result.SENT, null);
    }

    /** A claimed delivery with what it needs to be sent. */
    record Claimed(long id, String claimToken, String channel, int attempts, NotificationEntity notification,
                   NotificationSettingsEntity settings, Locale language) {
    }

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    ObjectMapper json;

    @Inject
    NotificationConfig config;

    @Inject
    NotificationSettingsService settings;

    @Inject
    WebhookAddressGuard guard;

    Clock clock = Clock.systemUTC();

    private HttpClient http;

    @PostConstruct
    void createClient() {
        // Redirects are not followed: a redirect could lead past the address check to a private address.
        http = HttpClient.newBuilder().connectTimeout(config.webhook().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends every delivery that is due now; answers how many were sent. */
    public int deliverPending() {
        Instant started = Instant.now(clock);
        int sent = 0;
        List<Claimed> claimed;
        do {
            claimed = claim(started);
            for (Claimed delivery : claimed) {
                Outcome outcome = send(delivery);
                record(delivery, outcome);
                if (outcome.result() == Result.SENT) {
                    sent++;
                }
            }
        } while (claimed.size() == config.delivery().batchSize());
        return sent;
    }

    /**
     * Claims up to a batch of deliveries due by {@code dueBy} (or whose earlier claim expired) for this sender.
     * Rows another sender claimed meanwhile no longer match once their lock is released, so they are skipped.
     */
    private List<Claimed> claim(Instant dueBy) {
        String token = UUID.randomUUID().toString();
        Instant now = Instant.now(clock);
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimedRows = em.createNativeQuery("""
                            UPDATE notification_delivery SET status = 'SENDING', claim_token = ?1, claimed_until = ?2
                            WHERE (status = 'PENDING' AND next_attempt_at <= ?3) OR (status = 'SENDING' AND claimed_until < ?4)
                            ORDER BY next_attempt_at, id LIMIT ?5""")
                    .setParameter(1, token).setParameter(2, now.plus(config.delivery().claimTimeout()))
                    .setParameter(3, dueBy).setParameter(4, now).setParameter(5, config.delivery().batchSize())
                    .executeUpdate();
            if (claimedRows == 0) {
                return List.of();
            }
            List<Claimed> result = new ArrayList<>();
            for (Object row : em.createNativeQuery("""
                            SELECT id, channel, attempts, notification_id FROM notification_delivery
                            WHERE claim_token = ?1 ORDER BY id""").setParameter(1, token).getResultList()) {
                Object[] columns = (Object[]) row;
                NotificationEntity n = NotificationEntity.findById(((Number) columns[3]).longValue());
                NotificationSettingsEntity s = NotificationSettingsEntity.findById(n.userId);
                em.detach(n);
                if (s != null) {
                    em.detach(s);
                }
                Locale language = UserLanguages.of(UserEntity.findById(n.userId)); // the user's, not the sender's
                result.add(new Claimed(((Number) columns[0]).longValue(), token, (String) columns[1],
                        ((Number) columns[2]).intValue(), n, s, language));
            }
            return result;
        });
    }

    private Outcome send(Claimed delivery) {
        try {
            return delivery.channel().equals("EMAIL") ? email(delivery) : webhook(delivery);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Notification delivery %d failed", delivery.id());
            return new Outcome(Result.RETRY, e.toString());
        }
    }

    private Outcome email(Claimed delivery) {
        NotificationSettingsEntity s = delivery.settings();
        if (!config.email().enabled()) {
            return new Outcome(Result.CANCELLED, "e-mail is off in this installation");
        }
        if (s == null || !s.emailEnabled || s.email == null) {
            return new Outcome(Result.CANCELLED, "the user turned e-mail off");
        }
        NotificationEntity n = delivery.notification();
        StringBuilder text = new StringBuilder(Texts.in(n.body, delivery.language()));
        if (n.link != null) {
            text.append(text.length() == 0 ? "" : "\n\n").append(config.publicUrl()
                    .map(url -> url.replaceAll("/+$", "") + n.link).orElse(n.link));
        }
        mailer.send(Mail.withText(s.email, "Ballast: " + Texts.in(n.title, delivery.language()), text.toString()));
        return Outcome.SENT;
    }

    private Outcome webhook(Claimed delivery) {
        NotificationSettingsEntity s = delivery.settings();
        if (s == null || !s.webhookEnabled || s.webhookUrl == null) {
            return new Outcome(Result.CANCELLED, "the user turned the webhook off");
        }
        URI uri;
        try {
            uri = guard.parse(s.webhookUrl);
            guard.check(uri, settings.allowPrivateWebhooks()); // again now: the name may resolve elsewhere today
        } catch (WebhookAddressGuard.RefusedAddressException e) {
            return new Outcome(Result.GIVE_UP, e.getMessage());
        }
        NotificationEntity n = delivery.notification();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", n.id);
        payload.put("kind", n.kind);
        payload.put("title", Texts.in(n.title, delivery.language()));
        payload.put("body", Texts.in(n.body, delivery.language()));
        payload.put("link", n.link);
        payload.put("time", n.createdAt.toString());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json").header("User-Agent", "Ballast")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload))).build();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Outcome(Result.GIVE_UP, e.toString());
        }
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? Outcome.SENT
                    : new Outcome(Result.RETRY, "the webhook answered HTTP " + status);
        } catch (IOException e) {
            return new Outcome(Result.RETRY, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Result.RETRY, "interrupted");
        }
    }

    /** Writes what came of a delivery, if it is still this sender's claim. */
    private void record(Claimed delivery, Outcome outcome) {
        Instant now = Instant.now(clock);
        int attempts = delivery.attempts() + (outcome.result() == Result.CANCELLED ? 0 : 1);
        String status = switch (outcome.result()) {
            case SENT -> "SENT";
            case CANCELLED -> "CANCELLED";
            case GIVE_UP -> "FAILED";
            case RETRY -> attempts >= config.delivery().maxAttempts() ? "FAILED" : "PENDING";
        };
        Instant next = status.equals("PENDING") ? now.plus(backoff(attempts)) : now;
        String error = outcome.error() == null ? null
                : outcome.error().length() > 1000 ? outcome.error().substring(0, 1000) : outcome.error();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE notification_delivery SET status = ?1, attempts = ?2, next_attempt_at = ?3, last_error = ?4,
                            sent_at = ?5, claim_token = NULL, claimed_until = NULL
                        WHERE id = ?6 AND claim_token = ?7""")
                .setParameter(1, status).setParameter(2, attempts).setParameter(3, next).setParameter(4, error)
                .setParameter(5, status.equals("SENT") ? now : null).setParameter(6, delivery.id())
                .setParameter(7, delivery.claimToken()).executeUpdate());
        if (status.equals("FAILED")) {
            LOG.warnf("Gave up notification delivery %d (%s) after %d attempts: %s", delivery.id(),
                    delivery.channel(), attempts, error);
        }
    }

    /** The wait after the {@code attempts}-th failure: backoff, 2 × backoff, 4 × …, at most max-backoff. */
    Duration backoff(int attempts) {
        Duration wait = config.delivery().backoff();
        for (int i = 1; i < attempts && wait.compareTo(config.delivery().maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.delivery().maxBackoff()) > 0 ? config.delivery().maxBackoff() : wait;
    }
}
