package app.ballast.web.pages;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.UserService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/** Sign-in, sign-up and sign-out pages. Sign-in itself is Quarkus' form mechanism at /j_security_check. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AuthPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedUp, boolean signupEnabled);

        static native TemplateInstance signup(boolean enabled, String username, Map<String, String> errors);
    }

    @Inject
    UserService users;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String cookieName;

    @GET
    @Path("login")
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("signedUp") boolean signedUp) {
        return Templates.login(error, signedUp, users.signupEnabled());
    }

    @GET
    @Path("signup")
    public TemplateInstance signupForm() {
        return Templates.signup(users.signupEnabled(), "", Map.of());
    }

    @POST
    @Path("signup")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signup(@RestForm String username, @RestForm String password) {
        if (!users.signupEnabled()) {
            return Response.status(Response.Status.FORBIDDEN).entity(Templates.signup(false, username, Map.of())).build();
        }
        try {
            users.signUp(username == null ? null : username.strip(), password);
            return Response.seeOther(URI.create("/login?signedUp=true")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.signup(true, username, FormErrors.byField(e))).build();
        }
    }

    /** Signing out forgets the encrypted sign-in cookie. */
    @POST
    @Path("logout")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login")).cookie(expired).build();
    }
}
