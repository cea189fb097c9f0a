package app.ballast.web.i18n;

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
 * The theme switch in the page header (templates/theme.html): light, dark or system, remembered in a cookie;
 * returns to the page. Works like the {@link LanguageSwitch}: a plain form post with the CSRF token, no script.
 */
@Path("/theme")
public class ThemeSwitch {

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String theme, @RestForm String back) {
        Themes chosen = Themes.fromValue(theme);
        if (chosen == null) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN)
                    .entity("theme must be light, dark or system").build();
        }
        NewCookie cookie = new NewCookie.Builder(Themes.COOKIE).value(chosen.value()).path("/")
                .maxAge(ONE_YEAR).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(LanguageSwitch.safeReturnPath(back))).cookie(cookie).build();
    }
}
