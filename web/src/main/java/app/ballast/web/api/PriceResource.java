package app.ballast.web.api;

import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.market.PriceBook;
import app.ballast.web.market.PriceBook.HeldJump;
import app.ballast.web.market.PriceBook.HistoryPoint;
import app.ballast.web.market.PriceBook.LatestPrice;
import app.ballast.web.market.PriceHistoryImport;
import app.ballast.web.market.RefreshStatus;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Prices, shared by every user: the latest of each asset with its source and age, an asset's daily history,
 * the feeds' status; and, for the admin (prices are everyone's), a price entered by hand or a CSV of closes.
 */
@Path("/api/prices")
@Produces(MediaType.APPLICATION_JSON)
public class PriceResource {

    /** The longest history answered at once. */
    static final int MAX_HISTORY_DAYS = 3660;

    @Inject
    PriceBook book;

    @Inject
    PriceHistoryImport history;

    @Inject
    RefreshStatus status;

    @Inject
    CurrentUser user;

    /** A price given by hand; {@code time} (an ISO instant) defaults to now. */
    public record ManualPrice(String symbol, BigDecimal price, String time) {
    }

    public record ImportJson(int imported, int created, int updated) {
    }

    public record StatusJson(List<RefreshStatus.ProviderStatus> providers, List<HeldJump> held) {
    }

    @GET
    public List<LatestPrice> latest() {
        return book.latest();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(ManualPrice body) {
        requireAdmin();
        ManualPrice input = TransactionResource.requireBody(body);
        Instant time = null;
        if (input.time() != null && !input.time().isBlank()) {
            try {
                time = Instant.parse(input.time().strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("time", "time must be an instant as 2026-03-31T14:05:00Z, was \""
                        + input.time() + "\"");
            }
        }
        LatestPrice latest = book.enter(input.symbol(), input.price(), time);
        return Response.created(URI.create("/api/prices/" + latest.symbol() + "/history")).entity(latest).build();
    }

    /** A CSV body ({@code text/csv}): date, symbol, close, volume, marketCap; all rows or none are written. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportJson importCsv(String csv) {
        requireAdmin();
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("file", "the CSV is empty: it needs a header line and rows");
        }
        PriceHistoryImport.Imported imported = history.importCsv(new StringReader(csv));
        return new ImportJson(imported.imported(), imported.created(), imported.updated());
    }

    /** Each feed's last refresh and the jumps waiting for confirmation. */
    @GET
    @Path("/status")
    public StatusJson status() {
        return new StatusJson(status.list(), book.heldJumps());
    }

    /** The asset's daily closes, oldest first; {@code to} defaults to today, {@code from} to a year before it. */
    @GET
    @Path("/{symbol}/history")
    public List<HistoryPoint> history(@PathParam("symbol") String symbol, @QueryParam("from") String fromText,
                                      @QueryParam("to") String toText) {
        String upper = symbol.strip().toUpperCase(Locale.ROOT);
        if (app.ballast.web.persistence.AssetEntity.findBySymbol(upper).isEmpty()) {
            throw new NotFoundException("no asset " + symbol);
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate to = date("to", toText, LocalDate.now(ZoneOffset.UTC), errors);
        LocalDate from = date("from", fromText, to == null ? null : to.minusYears(1), errors);
        errors.throwIfAny();
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "from must not be after to (" + to + "), was " + from);
        }
        if (from.plusDays(MAX_HISTORY_DAYS).isBefore(to)) {
            throw new InvalidInputException("from", "at most " + MAX_HISTORY_DAYS + " days at once; from was " + from
                    + ", to " + to);
        }
        return book.history(upper, from, to);
    }

    private static LocalDate date(String field, String text, LocalDate fallback,
                                  InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, field + " must be a day as 2024-03-31, was \"" + text + "\"");
            return null;
        }
    }

    private void requireAdmin() {
        if (!user.isAdmin()) {
            throw new ForbiddenException("prices are shared by every user: only the admin enters or imports them");
        }
    }
}
