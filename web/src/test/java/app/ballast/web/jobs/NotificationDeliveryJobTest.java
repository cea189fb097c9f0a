package app.ballast.web.jobs;

import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.support.TestUsers;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery job sends a due e-mail once, and the run says how many it sent. */
@QuarkusTest
class NotificationDeliveryJobTest {

    @Inject
    JobRunner runner;

    @Inject
    Notifications notifications;

    @Inject
    MockMailbox mailbox;

    @Test
    void aDueEmailIsSentOnceByTheRuns() {
        String user = TestUsers.signUp("job-delivery");
        String address = user + "@example.org";
        as(user).body(Map.of("email", address, "emailEnabled", true)).put("/api/notification-settings")
                .then().statusCode(200);
        long id = TestUsers.id(user);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(id, "trigger:jobs-test",
                NotificationKind.STOP_TRIGGERED, "Stop on SOL triggered", "Details", "/plans")));

        JobRuns.Run first = runner.run("notification-delivery", TriggerKind.SCHEDULE);
        runner.run("notification-delivery", TriggerKind.SCHEDULE);

        assertEquals(JobOutcome.OK, first.outcome(), first.error());
        assertTrue(first.changes() >= 1, "the run counts what it sent: " + first);
        assertEquals(1, mailbox.getMailsSentTo(address).size());
        assertEquals("SENT", JobsSql.rows("SELECT d.status FROM notification_delivery d JOIN notification n "
                + "ON n.id = d.notification_id WHERE n.user_id = ?", id).get(0)[0]);
    }
}
