package app.ballast.web.pages;

import app.ballast.web.i18n.RequestLanguage;
import app.ballast.web.i18n.Texts;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.scoring.MarketInputService.MarketInputDraft;
import app.ballast.web.scoring.MarketInputService.MarketInputView;
import app.ballast.web.scoring.MarketInputService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Market figures without a feed yet: one day by hand, or a CSV file (all rows or none), and the latest
 * figures entered.
 */
@Path("/market-inputs")
@Produces(MediaType.TEXT_HTML)
public class MarketInputsPage {

    static final int SHOWN = 200;

    /** The manual entry form as typed. */
    public static class Form {
        @RestForm
        public String date;
        @RestForm
        public String symbol;
        @RestForm
        public String fearGreed;
        @RestForm
        public String mvrv;
        @RestForm
        public String top10HolderShare;
        @RestForm
        public String volume24h;
        @RestForm
        public String marketCap;

        public String value(String field) {
            String v = switch (field) {
                case "date" -> date;
                case "symbol" -> symbol;
                case "fearGreed" -> fearGreed;
                case "mvrv" -> mvrv;
                case "top10HolderShare" -> top10HolderShare;
                case "volume24h" -> volume24h;
                case "marketCap" -> marketCap;
                default -> null;
            };
            return v == null ? "" : v;
        }
    }

    /** The number inputs of the manual form, by field (their labels: message {@code market_field}). */
    static final List<String> FIGURES = List.of("fearGreed", "mvrv", "top10HolderShare", "volume24h", "marketCap");

    /** The upload form: the CSV file. */
    public static class Upload {
        @RestForm("file")
        public FileUpload file;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inputs(List<MarketInputView> inputs, List<String> symbols, Form form,
                                              List<String> figures, List<String> columns, String notice,
                                              Map<String, String> errors, List<String> importErrors);
    }

    @Inject
    RequestLanguage language;

    @Inject
    MarketInputService inputs;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list(@QueryParam("imported") Integer imported) {
        Form form = new Form();
        form.date = LocalDate.now(ZoneOffset.UTC).toString();
        String notice = imported == null ? null : language.messages().market_imported(imported);
        return page(form, notice, Map.of(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@BeanParam Form form) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        MarketInputDraft draft = new MarketInputDraft(FormFields.date("date", form.date, errors), form.symbol,
                FormFields.decimal("fearGreed", form.fearGreed, errors), FormFields.decimal("mvrv", form.mvrv, errors),
                FormFields.decimal("top10HolderShare", form.top10HolderShare, errors),
                FormFields.decimal("volume24h", form.volume24h, errors),
                FormFields.decimal("marketCap", form.marketCap, errors));
        try {
            if (form.date == null || form.date.isBlank()) {
                errors.add("date", language.messages().market_date_required());
            }
            errors.throwIfAny();
            inputs.record(user.id(), draft);
            return Response.seeOther(URI.create("/market-inputs")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, null, FormErrors.byField(e), List.of()))
                    .build();
        }
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@BeanParam Upload upload) {
        Form form = new Form();
        form.date = LocalDate.now(ZoneOffset.UTC).toString();
        if (upload.file == null || upload.file.uploadedFile() == null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, null, Map.of(), List.of(language.messages().market_choose_file()))).build();
        }
        try (Reader reader = Files.newBufferedReader(upload.file.uploadedFile(), StandardCharsets.UTF_8)) {
            MarketInputService.Imported imported = inputs.importCsv(user.id(), reader);
            return Response.seeOther(URI.create("/market-inputs?imported=" + imported.imported())).build();
        } catch (InvalidInputException e) {
            List<String> problems = e.errors().stream().map(err -> Texts.current(err.message())).toList();
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, null, Map.of(), problems)).build();
        } catch (IOException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, null, Map.of(), List.of(language.messages().market_unreadable(String.valueOf(e.getMessage()))))).build();
        }
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        inputs.delete(user.id(), id);
        return Response.seeOther(URI.create("/market-inputs")).build();
    }

    private TemplateInstance page(Form form, String notice, Map<String, String> errors, List<String> importErrors) {
        List<String> symbols = AssetEntity.<AssetEntity>list("order by symbol").stream().map(a -> a.symbol).toList();
        return Templates.inputs(inputs.list(user.id(), null, SHOWN), symbols, form, FIGURES, MarketInputService.COLUMNS,
                notice, errors, importErrors);
    }
}
