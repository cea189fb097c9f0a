package app.ballast.web.api;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.TransactionInput;
import app.ballast.web.ledger.TransactionView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/** The ledger: record, list, read, correct and delete the caller's transactions. */
@Path("/api/transactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionResource {

    @Inject
    LedgerService ledger;

    @Inject
    CurrentUser user;

    /** The newest first, optionally one asset's; {@code limit} and {@code offset} page through a long ledger. */
    @GET
    public List<TransactionView> list(@QueryParam("symbol") String symbol, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        int from = whole("offset", offset);
        int size = whole("limit", limit);
        if (from < 0) {
            throw new InvalidInputException("offset", "offset must not be negative, was " + from);
        }
        if (size < 0 || size > 10_000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 10000, was " + size);
        }
        return ledger.list(user.id(), symbol, from, size);
    }

    @GET
    @Path("/{id}")
    public TransactionView get(@PathParam("id") long id) {
        return ledger.find(user.id(), id).orElseThrow(() -> new NotFoundException("no transaction " + id));
    }

    @POST
    public Response create(TransactionInput input) {
        TransactionView created = ledger.record(user.id(), requireBody(input));
        return Response.created(URI.create("/api/transactions/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public TransactionView update(@PathParam("id") long id, TransactionInput input) {
        return ledger.update(user.id(), id, requireBody(input));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        ledger.delete(user.id(), id);
        return Response.noContent().build();
    }

    private static int whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number, was \"" + text + "\"");
        }
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        return body;
    }
}
