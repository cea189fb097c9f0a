package app.ballast.web.api;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.MarketInputService;
import app.ballast.web.scoring.MarketInputService.MarketInputDraft;
import app.ballast.web.scoring.MarketInputService.MarketInputView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

/**
 * Market figures without a feed yet (Fear &amp; Greed, MVRV, top-10 holder share, 24 h volume, market cap):
 * one day at a time, or a CSV file all or nothing.
 */
@Path("/api/market-inputs")
@Produces(MediaType.APPLICATION_JSON)
public class MarketInputResource {

    @Inject
    MarketInputService inputs;

    @Inject
    CurrentUser user;

    public record ImportJson(int imported, int created, int updated) {
    }

    /** The newest first; {@code symbol} filters one asset ("-" for the market-wide rows). */
    @GET
    public List<MarketInputView> list(@QueryParam("symbol") String symbol, @QueryParam("limit") Integer limit) {
        int size = limit == null ? 1000 : limit;
        if (size < 1 || size > 10_000) {
            throw new InvalidInputException("limit", "limit must be between 1 and 10000, was " + size);
        }
        return inputs.list(user.id(), symbol, size);
    }

    /** Records one day (201), or fills in a day already recorded for that asset (200). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(MarketInputDraft draft) {
        MarketInputService.Saved saved = inputs.record(user.id(), TransactionResource.requireBody(draft));
        if (saved.created()) {
            return Response.created(URI.create("/api/market-inputs/" + saved.view().id())).entity(saved.view()).build();
        }
        return Response.ok(saved.view()).build();
    }

    /** A CSV body ({@code text/csv}) with a header line; all rows or none are written. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportJson importCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("file", "the CSV is empty: it needs a header line and rows");
        }
        MarketInputService.Imported imported = inputs.importCsv(user.id(), new StringReader(csv));
        return new ImportJson(imported.imported(), imported.created(), imported.updated());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        inputs.delete(user.id(), id);
        return Response.noContent().build();
    }
}
