package app.ballast.web.notify;

import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.ClientProxy;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static app.ballast.web.support.TestUsers.as;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mails and webhook calls go out once each, whoever runs the sender and how often; failures are retried later
 * and given up after the set number of attempts; a webhook's address is checked again when it is called.
 */
@QuarkusTest
class NotificationDeliveryTest {

    @Inject
    Notifications notifications;

    @Inject
    NotificationDelivery delivery;

    @Inject
    MockMailbox mailbox;

    @Inject
    AgroalDataSource dataSource;

    WireMockServer hooks;

    @BeforeEach
    void startStubServer() {
        hooks = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        hooks.start();
        mailbox.clear();
    }

    @AfterEach
    void stopStubServerAndResetClock() {
        hooks.stop();
        sender().clock = Clock.systemUTC();
        NotificationApiTest.admin().body(Map.of("allowPrivateWebhooks", false))
                .put("/api/admin/notification-settings").then().statusCode(200);
    }

    @Test
    void anEmailArrivesOnceThoughTheSenderRunsTwiceAndFromTwoThreadsAtOnce() {
        String user = TestUsers.signUp("mail-once");
        String address = user + "@example.org";
        as(user).body(Map.of("email", address, "emailEnabled", true)).put("/api/notification-settings")
                .then().statusCode(200);
        notice(user, "trigger:77", "Stop on BTC triggered");

        List<Integer> sent = AtOnce.run(2, i -> delivery.deliverPending());
        delivery.deliverPending();

        List<Mail> mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size(), "sent by the two threads: " + sent);
        assertEquals("Ballast: Stop on BTC triggered", mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().contains("/plans"), mails.get(0).getText());
        assertEquals("SENT", status(user, "EMAIL"));
    }

    @Test
    void aUserWithoutEmailTurnedOnGetsNoEmail() {
        String user = TestUsers.signUp("mail-off");
        String address = user + "@example.org";
        as(user).body(Map.of("email", address, "emailEnabled", false)).put("/api/notification-settings")
                .then().statusCode(200);
        notice(user, "trigger:78", "Stop on ETH triggered");

        delivery.deliverPending();

        assertEquals(0, mailbox.getMailsSentTo(address).size());
        assertEquals(0, count("SELECT COUNT(*) FROM notification_delivery d JOIN notification n "
                + "ON n.id = d.notification_id WHERE n.user_id = ?", TestUsers.id(user)));
    }

    @Test
    void aWebhookIsCalledOnceWithTheNotification() {
        hooks.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(204)));
        String user = webhookUser("hook-once");
        notice(user, "dca:45:2026-11-22", "Bought BTC");

        delivery.deliverPending();
        delivery.deliverPending();

        hooks.verify(1, postRequestedFor(urlEqualTo("/hook"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"kind": "DCA_EXECUTED", "title": "Bought BTC", "body": "Details", "link": "/plans"}""",
                        true, true)));
        assertTrue(hooks.getAllServeEvents().get(0).getRequest().getBodyAsString().contains("\"time\""));
        assertEquals("SENT", status(user, "WEBHOOK"));
    }

    @Test
    void aFailedWebhookIsRetriedAfterItsBackoffNotBefore() {
        hooks.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        hooks.stubFor(post(urlEqualTo("/hook")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        String user = webhookUser("hook-retry");
        notice(user, "dca:46:2026-11-22", "Bought ETH");

        delivery.deliverPending();
        assertEquals("PENDING", status(user, "WEBHOOK"));
        assertEquals("the webhook answered HTTP 500", lastError(user));
        delivery.deliverPending(); // too early: the backoff has not passed
        hooks.verify(1, postRequestedFor(urlEqualTo("/hook")));

        sender().clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        delivery.deliverPending();

        hooks.verify(2, postRequestedFor(urlEqualTo("/hook")));
        assertEquals("SENT", status(user, "WEBHOOK"));
    }

    @Test
    void aWebhookThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        hooks.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(500)));
        String user = webhookUser("hook-giveup");
        notice(user, "dca:47:2026-11-22", "Bought SOL");

        Instant start = Instant.now();
        for (int attempt = 0; attempt < 7; attempt++) { // each time later than the longest wait (6 h)
            sender().clock = Clock.fixed(start.plus(Duration.ofHours(7L * attempt)), ZoneOffset.UTC);
            delivery.deliverPending();
        }

        hooks.verify(5, postRequestedFor(urlEqualTo("/hook")));
        assertEquals("FAILED", status(user, "WEBHOOK"));
        assertEquals("the webhook answered HTTP 500", lastError(user));
        assertEquals(5, count("SELECT d.attempts FROM notification_delivery d JOIN notification n "
                + "ON n.id = d.notification_id WHERE n.user_id = ?", TestUsers.id(user)));
    }

    @Test
    void aWebhookToLoopbackIsRefusedWhenSentIfTheAdminWithdrewTheAllowance() {
        hooks.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        String user = webhookUser("hook-withdrawn");
        NotificationApiTest.admin().body(Map.of("allowPrivateWebhooks", false))
                .put("/api/admin/notification-settings").then().statusCode(200);
        notice(user, "dca:48:2026-11-22", "Bought ADA");

        delivery.deliverPending();

        hooks.verify(0, postRequestedFor(urlEqualTo("/hook")));
        assertEquals("FAILED", status(user, "WEBHOOK"));
        assertTrue(lastError(user).contains("127.0.0.1"), lastError(user));
    }

    @Test
    void theWaitDoublesUpToItsLimit() {
        NotificationDelivery sender = sender();

        assertEquals(Duration.ofMinutes(1), sender.backoff(1));
        assertEquals(Duration.ofMinutes(2), sender.backoff(2));
        assertEquals(Duration.ofMinutes(16), sender.backoff(5));
        assertEquals(Duration.ofHours(6), sender.backoff(40));
    }

    /** A user whose webhook is the stub server on loopback, saved with the admin's allowance. */
    private String webhookUser(String prefix) {
        NotificationApiTest.admin().body(Map.of("allowPrivateWebhooks", true))
                .put("/api/admin/notification-settings").then().statusCode(200);
        String user = TestUsers.signUp(prefix);
        as(user).body(Map.of("webhookUrl", "http://127.0.0.1:" + hooks.port() + "/hook", "webhookEnabled", true))
                .put("/api/notification-settings").then().statusCode(200);
        return user;
    }

    private NotificationDelivery sender() {
        return ClientProxy.unwrap(delivery);
    }

    private void notice(String user, String key, String title) {
        long id = TestUsers.id(user);
        NotificationKind kind = key.startsWith("dca") ? NotificationKind.DCA_EXECUTED : NotificationKind.STOP_TRIGGERED;
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(
                new Notice(id, key, kind, title, "Details", "/plans")));
    }

    private String status(String user, String channel) {
        return text("SELECT d.status FROM notification_delivery d JOIN notification n ON n.id = d.notification_id "
                + "WHERE n.user_id = ? AND d.channel = '" + channel + "'", TestUsers.id(user));
    }

    private String lastError(String user) {
        return text("SELECT d.last_error FROM notification_delivery d JOIN notification n ON n.id = d.notification_id "
                + "WHERE n.user_id = ?", TestUsers.id(user));
    }

    private String text(String sql, long user) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, user);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql, long user) {
        String value = text(sql, user);
        return value == null ? -1 : Integer.parseInt(value);
    }
}
