package app.ballast.web.notify;

import java.time.Instant;

/** A notification as the centre and the API show it; {@code read} says whether {@code readAt} is set. */
public record NotificationView(long id, NotificationKind kind, String title, String body, String link,
                               Instant createdAt, Instant readAt, boolean read) {

    public NotificationView(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
                            Instant readAt) {
        this(id, kind, title, body, link, createdAt, readAt, readAt != null);
    }
}
