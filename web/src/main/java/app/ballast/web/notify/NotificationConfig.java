package app.ballast.web.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The notification settings of the installation (prefix {@code ballast.notifications}). */
@ConfigMapping(prefix = "ballast.notifications")
public interface NotificationConfig {

    Email email();

    Delivery delivery();

    Webhook webhook();

    /**
     * The address investors reach this installation at (https://ballast.example.org), used to make the
     * links in e-mails absolute; without it an e-mail names the page's path.
     */
    Optional<String> publicUrl();

    interface Email {
        /** Whether this installation sends e-mail (an SMTP server is configured in quarkus.mailer.*). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Delivery {
        /** A delivery that failed this many times is given up, its last error kept. */
        @WithDefault("5")
        int maxAttempts();

        /** The wait after the first failure; doubled after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("PT1M")
        Duration backoff();

        @WithDefault("PT6H")
        Duration maxBackoff();

        /** A claimed delivery not finished within this (its instance died) may be claimed again. */
        @WithDefault("PT5M")
        Duration claimTimeout();

        /** Deliveries claimed at once by one sender. */
        @WithDefault("50")
        int batchSize();
    }

    interface Webhook {
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The whole request, answer included. */
        @WithDefault("PT10S")
        Duration timeout();
    }
}
