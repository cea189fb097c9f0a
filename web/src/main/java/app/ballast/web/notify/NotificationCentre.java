package app.ballast.web.notify;

import app.ballast.web.persistence.NotificationEntity;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The in-app notification centre: a user's notifications, newest first, and what they have read. */
@ApplicationScoped
@Transactional
public class NotificationCentre {

    /** The most a list answers: the centre shows recent events, not an archive. */
    public static final int MAX_LIST = 500;

    Clock clock = Clock.systemUTC();

    /** The newest {@code limit} notifications of the user (only the unread ones if asked). */
    public List<NotificationView> list(long userId, boolean unreadOnly, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIST));
        Sort newestFirst = Sort.descending("createdAt", "id");
        return (unreadOnly
                ? NotificationEntity.<NotificationEntity>find("userId = ?1 and readAt is null", newestFirst, userId)
                : NotificationEntity.<NotificationEntity>find("userId = ?1", newestFirst, userId))
                .page(0, size).list().stream().map(NotificationCentre::view).toList();
    }

    /** One COUNT over the (user_id, read_at) index: cheap enough for every page's header. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(long userId) {
        return NotificationEntity.count("userId = ?1 and readAt is null", userId);
    }

    /** Marks one of the user's notifications read; another user's id is not found. */
    public NotificationView markRead(long userId, long id) {
        NotificationEntity n = NotificationEntity.findOwned(userId, id)
                .orElseThrow(() -> new NotFoundException("no notification " + id));
        if (n.readAt == null) {
            n.readAt = Instant.now(clock);
        }
        return view(n);
    }

    /** Marks every unread notification of the user read; answers how many. */
    public int markAllRead(long userId) {
        return NotificationEntity.update("readAt = ?1 where userId = ?2 and readAt is null", Instant.now(clock), userId);
    }

    static NotificationView view(NotificationEntity n) {
        return new NotificationView(n.id, NotificationKind.valueOf(n.kind), n.title, n.body, n.link, n.createdAt,
                n.readAt);
    }
}
