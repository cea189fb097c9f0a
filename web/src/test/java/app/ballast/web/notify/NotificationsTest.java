package app.ballast.web.notify;

import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each event is recorded once per user, in the caller's transaction, in a few statements however many. */
@QuarkusTest
class NotificationsTest {

    @Inject
    Notifications notifications;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameEventNotifiesOnce() {
        long user = TestUsers.id(TestUsers.signUp("notify-once"));
        Notice notice = new Notice(user, "trigger:123", NotificationKind.STOP_TRIGGERED, "Stop on BTC",
                "The stop on BTC fired at 61000.", "/plans");

        boolean first = QuarkusTransaction.requiringNew().call(() -> notifications.notify(notice));
        boolean second = QuarkusTransaction.requiringNew().call(() -> notifications.notify(notice));

        assertTrue(first);
        assertFalse(second);
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND event_key = 'trigger:123'", user));
    }

    @Test
    void fiveThousandNoticesWithDuplicatesAreRecordedOnceEach() {
        long user = TestUsers.id(TestUsers.signUp("notify-many"));
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(user, "dca:7:2026-11-22",
                NotificationKind.DCA_EXECUTED, "Bought BTC", "", "/plans")));
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            notices.add(new Notice(user, "dca:" + i + ":2026-11-22", NotificationKind.DCA_EXECUTED, "Bought BTC",
                    "Plan " + i, "/plans"));
        }
        notices.addAll(notices.subList(0, 1_000)); // reported twice in the same batch

        int added = QuarkusTransaction.requiringNew().call(() -> notifications.notifyAll(notices));

        assertEquals(3_999, added, "dca:7 was there before");
        assertEquals(4_000, count("SELECT COUNT(*) FROM notification WHERE user_id = ?", user));
        assertEquals(0, (int) QuarkusTransaction.requiringNew().call(() -> notifications.notifyAll(notices)));
    }

    @Test
    void twoUsersEachGetTheirOwnNotificationForTheSameKey() {
        long alice = TestUsers.id(TestUsers.signUp("notify-alice"));
        long bob = TestUsers.id(TestUsers.signUp("notify-bob"));

        int added = QuarkusTransaction.requiringNew().call(() -> notifications.notifyAll(List.of(
                new Notice(alice, "rebalance:2026-Q4", NotificationKind.REBALANCE_SUGGESTED, "Rebalance", "", null),
                new Notice(bob, "rebalance:2026-Q4", NotificationKind.REBALANCE_SUGGESTED, "Rebalance", "", null))));

        assertEquals(2, added);
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ?", alice));
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ?", bob));
    }

    @Test
    void aNotificationIsUndoneWithTheTransactionThatReportedIt() {
        long user = TestUsers.id(TestUsers.signUp("notify-rollback"));

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            notifications.notify(new Notice(user, "trigger:9", NotificationKind.STOP_TRIGGERED, "Stop", "", null));
            throw new IllegalStateException("the trigger failed after the notice");
        }));

        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE user_id = ?", user));
    }

    @Test
    void notifyingOutsideATransactionIsRefused() {
        long user = TestUsers.id(TestUsers.signUp("notify-notx"));

        assertThrows(TransactionalException.class, () -> notifications.notify(
                new Notice(user, "trigger:1", NotificationKind.STOP_TRIGGERED, "Stop", "", null)));
    }

    private int count(String sql, long user) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, user);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
