package app.ballast.web.pages;

import app.ballast.web.i18n.OpsMessages;
import app.ballast.web.i18n.OpsPageMessages;
import app.ballast.web.i18n.Texts;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.market.MarketSettings;
import app.ballast.web.market.PriceBook;
import app.ballast.web.market.PriceBook.HeldJump;
import app.ballast.web.market.PriceBook.LatestPrice;
import app.ballast.web.market.PriceHistoryImport;
import app.ballast.web.market.RefreshStatus;
import app.ballast.web.market.RefreshStatus.ProviderStatus;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The prices Ballast works with: each asset's latest price with its source, time and age (so that without
 * network the investor sees how old they are), the jumps held for confirmation, each feed's last refresh, and
 * for the admin a form to enter a price and one to import a CSV of daily closes.
 */
@Path("/prices")
@Produces(MediaType.TEXT_HTML)
public class PricesPage {

    /** The manual entry form as typed. */
    public static class Form {
        @RestForm
        public String symbol;
        @RestForm
        public String price;
        @RestForm
        public String time;

        public String value(String field) {
            String v = switch (field) {
                case "symbol" -> symbol;
                case "price" -> price;
                case "time" -> time;
                default -> null;
            };
            return v == null ? "" : v;
        }
    }

    /** The upload form: the CSV file. */
    public static class Upload {
        @RestForm("file")
        public FileUpload file;
    }

    /** A latest price as shown: with its age in words. */
    public record PriceRow(LatestPrice price, String age) {
    }

    /** A feed's last refresh as shown. */
    public record StatusRow(ProviderStatus status, String age, String successAge) {
        /** The badge colour of the outcome (the stylesheet's status classes). */
        public String tone() {
            return switch (status.outcome()) {
                case OK -> "status-executed";
                case FAILED -> "status-missed";
                case PARTIAL, SKIPPED -> "status-pending";
            };
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance prices(List<PriceRow> prices, List<HeldJump> held, List<StatusRow> providers,
                                              String refreshEvery, String maxAge, boolean admin, List<String> symbols,
                                              Form form, List<String> columns, String notice,
                                              Map<String, String> errors, List<String> importErrors);
    }

    @Inject
    PriceBook book;

    @Inject
    PriceHistoryImport history;

    @Inject
    RefreshStatus status;

    @Inject
    MarketSettings settings;

    @Inject
    app.ballast.web.policy.PolicySettings policy;

    @Inject
    CurrentUser user;

    Clock clock = Clock.systemUTC();

    @GET
    public TemplateInstance show(@QueryParam("entered") String entered, @QueryParam("imported") Integer imported) {
        String notice = null;
        if (entered != null && !entered.isBlank()) {
            notice = OpsPageMessages.current().prices_entered(entered);
        } else if (imported != null) {
            notice = OpsPageMessages.current().prices_imported(imported);
        }
        return page(new Form(), notice, Map.of(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@BeanParam Form form) {
        PriceBook.requireAdmin(user.isAdmin());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BigDecimal price = FormFields.decimal("price", form.price, errors);
        if (form.price == null || form.price.isBlank()) {
            errors.add("price", OpsPageMessages.current().prices_price_required());
        }
        Instant time = null;
        if (form.time != null && !form.time.isBlank()) {
            try {
                time = LocalDateTime.parse(form.time.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.add("time", OpsPageMessages.current().prices_time_invalid(form.time));
            }
        }
        try {
            errors.throwIfAny();
            LatestPrice saved = book.enter(form.symbol, price, time);
            return Response.seeOther(URI.create("/prices?entered=" + saved.symbol())).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, null, FormErrors.byField(e), List.of())).build();
        }
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@BeanParam Upload upload) {
        PriceBook.requireAdmin(user.isAdmin());
        if (upload.file == null || upload.file.uploadedFile() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(new Form(), null, Map.of(), List.of(OpsPageMessages.current().prices_choose_file())))
                    .build();
        }
        try (Reader reader = Files.newBufferedReader(upload.file.uploadedFile(), StandardCharsets.UTF_8)) {
            PriceHistoryImport.Imported imported = history.importCsv(reader);
            return Response.seeOther(URI.create("/prices?imported=" + imported.imported())).build();
        } catch (InvalidInputException e) {
            List<String> problems = e.errors().stream().map(err -> Texts.current(err.message())).toList();
            return Response.status(Response.Status.BAD_REQUEST).entity(page(new Form(), null, Map.of(), problems))
                    .build();
        } catch (IOException | java.io.UncheckedIOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(new Form(), null, Map.of(),
                            List.of(OpsPageMessages.current().prices_unreadable(e.getMessage()))))
                    .build();
        }
    }

    private TemplateInstance page(Form form, String notice, Map<String, String> errors, List<String> importErrors) {
        Instant now = clock.instant();
        List<PriceRow> prices = book.latest().stream().map(p -> new PriceRow(p, age(Duration.ofSeconds(p.ageSeconds()))))
                .toList();
        List<StatusRow> providers = status.list().stream().map(s -> new StatusRow(s, age(between(s.attemptedAt(), now)),
                s.succeededAt() == null ? null : age(between(s.succeededAt(), now)))).toList();
        List<String> symbols = AssetEntity.<AssetEntity>list("order by symbol").stream().map(a -> a.symbol).toList();
        return Templates.prices(prices, book.heldJumps(), providers, age(settings.refreshInterval()),
                age(policy.priceMaxAge()), user.isAdmin(), symbols, form, PriceHistoryImport.COLUMNS, notice, errors,
                importErrors);
    }

    private static Duration between(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** A duration in the page's language, to the two largest units: "45 s", "3 min", "2 h 5 min", "4 d 3 h". */
    static String age(Duration duration) {
        OpsMessages words = OpsPageMessages.current();
        long s = duration.toSeconds();
        if (s < 60) {
            return words.ops_seconds(s);
        }
        long min = s / 60;
        if (min < 60) {
            return words.ops_minutes(min);
        }
        long h = min / 60;
        if (h < 24) {
            return words.ops_hours(h) + (min % 60 == 0 ? "" : " " + words.ops_minutes(min % 60));
        }
        long d = h / 24;
        return words.ops_days(d) + (h % 24 == 0 ? "" : " " + words.ops_hours(h % 24));
    }
}
