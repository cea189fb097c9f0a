package app.ballast.web.pages;

import app.ballast.web.ledger.AccountService;
import app.ballast.web.ledger.AccountService.AccountView;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The user's exchange accounts and wallets: list, add, rename, delete an unused one. */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<AccountView> accounts, String name, String kind,
                                                Map<String, String> errors);
    }

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list() {
        return Templates.accounts(accounts.list(user.id()), "", "EXCHANGE", Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String kind) {
        try {
            accounts.create(user.id(), name, kind);
            return Response.seeOther(URI.create("/accounts")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.accounts(accounts.list(user.id()), name, kind, FormErrors.byField(e))).build();
        }
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            accounts.delete(user.id(), id);
            return Response.seeOther(URI.create("/accounts")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.accounts(accounts.list(user.id()), "", "EXCHANGE", FormErrors.byField(e))).build();
        }
    }
}
