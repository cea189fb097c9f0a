package app.ballast.web.api;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.notify.NotificationCentre;
import app.ballast.web.notify.NotificationPreferences;
import app.ballast.web.notify.NotificationSettingsService;
import app.ballast.web.notify.NotificationView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The caller's notifications (newest first; another user's id answers 404), and, in the nested resources,
 * the caller's e-mail and webhook settings and the admin's installation setting.
 */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationCentre centre;

    @Inject
    CurrentUser user;

    public record Marked(int marked) {
    }

    @GET
    public List<NotificationView> list(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                       @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > NotificationCentre.MAX_LIST) {
            throw new InvalidInputException("limit", "limit must be from 1 to " + NotificationCentre.MAX_LIST);
        }
        return centre.list(user.id(), unread, limit);
    }

    @POST
    @Path("/{id}/read")
    public NotificationView markRead(@PathParam("id") long id) {
        return centre.markRead(user.id(), id);
    }

    @POST
    @Path("/read-all")
    public Marked markAllRead() {
        return new Marked(centre.markAllRead(user.id()));
    }

    /** {@code {email, webhookUrl, emailEnabled, webhookEnabled}}; a refused webhook URL answers 400 on webhookUrl. */
    @Path("/api/notification-settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Settings {

        @Inject
        NotificationSettingsService settings;

        @Inject
        CurrentUser user;

        @GET
        public NotificationPreferences get() {
            return settings.get(user.id());
        }

        @PUT
        public NotificationPreferences put(NotificationPreferences input) {
            return settings.save(user.id(), TransactionResource.requireBody(input));
        }
    }

    /** The admin's installation setting {@code {allowPrivateWebhooks}}; anyone else gets 403. */
    @Path("/api/admin/notification-settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class AdminSettings {

        public record Installation(Boolean allowPrivateWebhooks) {
        }

        @Inject
        NotificationSettingsService settings;

        @Inject
        CurrentUser user;

        @GET
        public Installation get() {
            requireAdmin();
            return new Installation(settings.allowPrivateWebhooks());
        }

        @PUT
        public Installation put(Installation input) {
            requireAdmin();
            Installation in = TransactionResource.requireBody(input);
            if (in.allowPrivateWebhooks() == null) {
                throw new InvalidInputException("allowPrivateWebhooks", "allowPrivateWebhooks must be true or false");
            }
            return new Installation(settings.allowPrivateWebhooks(in.allowPrivateWebhooks()));
        }

        private void requireAdmin() {
            if (!user.isAdmin()) {
                throw new ForbiddenException("only the admin changes installation settings");
            }
        }
    }
}
