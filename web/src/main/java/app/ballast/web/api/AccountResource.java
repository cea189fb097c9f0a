package app.ballast.web.api;

import app.ballast.web.ledger.AccountService;
import app.ballast.web.ledger.AccountService.AccountView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The caller's exchange accounts and wallets. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    public record AccountInput(String name, String kind) {
    }

    @GET
    public List<AccountView> list() {
        return accounts.list(user.id());
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(user.id(), id);
    }

    @POST
    public Response create(AccountInput input) {
        AccountInput in = TransactionResource.requireBody(input);
        AccountView created = accounts.create(user.id(), in.name(), in.kind());
        return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public AccountView update(@PathParam("id") long id, AccountInput input) {
        AccountInput in = TransactionResource.requireBody(input);
        return accounts.update(user.id(), id, in.name(), in.kind());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        accounts.delete(user.id(), id);
        return Response.noContent().build();
    }
}
