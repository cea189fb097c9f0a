package app.ballast.web.pages;

import app.ballast.web.i18n.RequestLanguage;
import app.ballast.web.i18n.UserLanguages;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.notify.NotificationCentre;
import app.ballast.web.notify.NotificationPreferences;
import app.ballast.web.notify.NotificationSettingsService;
import app.ballast.web.notify.NotificationView;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The notification centre: the newest notifications (unread ones marked), mark one or all read; the user's
 * e-mail and webhook settings; and, for the admin, whether webhooks may call private addresses.
 */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    /** The most the page lists; older ones stay in the API. */
    static final int SHOWN = 100;

    /** What the page shows besides the list. */
    public record Settings(NotificationPreferences preferences, boolean emailAvailable, boolean admin,
                           boolean allowPrivateWebhooks) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<NotificationView> notifications, long unread,
                                                     Settings settings, Map<String, String> errors);
    }

    @Inject
    NotificationCentre centre;

    @Inject
    NotificationSettingsService settings;

    @Inject
    CurrentUser user;

    @Inject
    UserLanguages languages;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance list() {
        return page(settings.get(user.id()), Map.of());
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("id") long id) {
        centre.markRead(user.id(), id);
        return backToList();
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        centre.markAllRead(user.id());
        return backToList();
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@RestForm String email, @RestForm String webhookUrl, @RestForm boolean emailEnabled,
                                 @RestForm boolean webhookEnabled) {
        NotificationPreferences input = new NotificationPreferences(email, webhookUrl, emailEnabled, webhookEnabled);
        try {
            settings.save(user.id(), input);
            languages.remember(user.id(), language.locale()); // the e-mails and webhook posts come in this page's language
            return backToList();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(input, FormErrors.byField(e))).build();
        }
    }

    @POST
    @Path("/admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveInstallation(@RestForm boolean allowPrivateWebhooks) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("only the admin changes installation settings");
        }
        settings.allowPrivateWebhooks(allowPrivateWebhooks);
        return backToList();
    }

    private TemplateInstance page(NotificationPreferences preferences, Map<String, String> errors) {
        long userId = user.id();
        return Templates.notifications(centre.list(userId, false, SHOWN), centre.unreadCount(userId),
                new Settings(preferences, settings.emailAvailable(), user.isAdmin(), settings.allowPrivateWebhooks()),
                errors);
    }

    private static Response backToList() {
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
