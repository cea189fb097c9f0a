package app.ballast.web.i18n;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;

/**
 * The language switch in the page header: remembers the choice in a cookie (and, for a signed-in user, as
 * the language of their notifications) and returns to the page.
 */
@Path("/locale")
public class LanguageSwitch {

    @Inject
    SecurityIdentity identity;

    @Inject
    UserLanguages users;

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String back) {
        java.util.Locale locale = Languages.fromTag(lang);
        if (locale == null) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                    .entity("lang must be en or zh-CN").build();
        }
        users.remember(identity, locale);
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(Languages.tag(locale)).path("/")
                .maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(safeReturnPath(back))).cookie(cookie).build();
    }

    /** A path on this site only (never "//host" or "https://…": no open redirect); else the dashboard. */
    static String safeReturnPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return path;
    }
}
