package app.ballast.web.notify;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The unread count in every page's header ({@code inject:unreadNotifications.count}): one COUNT query on the
 * (user_id, read_at) index, at most once per request; 0 for a visitor who is not signed in.
 */
@RequestScoped
@Named("unreadNotifications")
public class UnreadNotifications {

    @Inject
    SecurityIdentity identity;

    @Inject
    NotificationCentre centre;

    private Long count;

    public long count() {
        if (count == null) {
            Long userId = identity.isAnonymous() ? null : identity.getAttribute("userId");
            count = userId == null ? 0L : centre.unreadCount(userId);
        }
        return count;
    }
}
