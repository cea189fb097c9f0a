package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.domain.Warning;
import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;
import app.ballast.scoring.DimensionScore;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.scoring.Assets;
import app.ballast.web.scoring.EvaluationService;
import app.ballast.web.scoring.EvaluationService.EvaluationInput;
import app.ballast.web.scoring.EvaluationService.EvaluationView;
import app.ballast.web.scoring.EventService;
import app.ballast.web.scoring.EventService.EventView;
import app.ballast.web.scoring.LatestScores;
import app.ballast.web.scoring.ProfileService;
import app.ballast.web.scoring.TokenomicsService;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.security.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Score cards: the list of assets with their latest score, and per asset the score card form (a live total
 * computed in the browser as the investor types, recomputed by the server on save), the evaluation history
 * with its chart and the criteria changed, the journal notes, recorded events and the asset's warnings.
 */
@Path("/scores")
@Produces(MediaType.TEXT_HTML)
public class ScoreCardPage {

    /** An asset as the pages name it. */
    public record AssetLabel(String symbol, String name) {
    }

    /** A row of the list: the asset, its latest score (or null) and whether the user holds it. */
    public record AssetRow(AssetLabel asset, LatestScores.LatestScore latest, boolean tracked) {
        public String totalText() {
            return latest == null ? "—" : latest.total().setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    /** A profile to choose, with its weights for the live total ({@code data-weights}). */
    public record ProfileOption(String name, String weightsJson, String weightsText) {
    }

    /** One past evaluation as the history table shows it. */
    public record HistoryRow(long id, LocalDate date, String profile, String total,
                             String recommendationCode, List<String> dimensionScores, List<String> changed,
                             boolean first, String notes) {
    }

    /** The score card form as typed. */
    public static class CardForm {
        @RestForm
        public String date;
        @RestForm
        public String profile;
        /** The criteria's paths, in the order of {@link #score}. */
        @RestForm
        public List<String> criterion;
        @RestForm
        public List<String> score;
        @RestForm
        public String notes;

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            if (criterion != null && score != null) {
                for (int i = 0; i < Math.min(criterion.size(), score.size()); i++) {
                    values.put(criterion.get(i), score.get(i));
                }
            }
            return values;
        }
    }

    /** The event form as typed. */
    public static class EventForm {
        @RestForm
        public String date;
        @RestForm
        public String kind;
        @RestForm
        public String note;
    }

    /** What the card page shows besides the history. */
    public record Card(AssetLabel asset, String date, String profile, Map<String, String> scores, String notes,
                       String eventDate, String eventKind, String eventNote) {
        public String score(String path) {
            String value = scores.get(path);
            return value == null ? "" : value;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<AssetRow> assets);

        static native TemplateInstance card(Card card, List<ScoreCardLayout.DimensionRow> dimensions,
                                            List<ProfileOption> profiles, List<HistoryRow> history, String chartLabels,
                                            String chartValues, List<EventView> events, List<String> eventKinds,
                                            List<Warning> warnings, boolean hasTokenomics, Map<String, String> errors,
                                            Map<String, String> eventErrors);
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    ProfileService profiles;

    @Inject
    EventService events;

    @Inject
    LatestScores latestScores;

    @Inject
    WarningService warnings;

    @Inject
    TokenomicsService tokenomics;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    @GET
    @Transactional
    public TemplateInstance index() {
        Map<String, LatestScores.LatestScore> latest = latestScores.latest(user.id());
        Set<String> tracked = Set.copyOf(warnings.symbols(user.id()));
        List<AssetRow> rows = new ArrayList<>();
        for (AssetEntity asset : AssetEntity.<AssetEntity>list("order by tier, symbol")) {
            rows.add(new AssetRow(new AssetLabel(asset.symbol, asset.name), latest.get(asset.symbol),
                    tracked.contains(asset.symbol)));
        }
        // Assets the investor holds or has scored first, so that their own list leads.
        rows.sort((a, b) -> Boolean.compare(b.tracked() || b.latest() != null, a.tracked() || a.latest() != null));
        return Templates.index(rows);
    }

    @GET
    @Path("/{symbol}")
    @Transactional
    public TemplateInstance card(@PathParam("symbol") String symbol) {
        AssetLabel asset = asset(symbol);
        List<EvaluationView> history = evaluations.list(user.id(), asset.symbol());
        Map<String, String> scores = new HashMap<>();
        String profile = "Default";
        if (!history.isEmpty()) {
            // A new evaluation starts from the latest one: the investor changes what changed.
            EvaluationView latest = history.get(0);
            latest.card().scores().forEach((c, p) -> scores.put(c.path(), Scales.plain(p)));
            profile = latest.profile().name();
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Card card = new Card(asset, today, profile, scores, "", today, "OTHER", "");
        return page(card, history, Map.of(), Map.of());
    }

    @POST
    @Path("/{symbol}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response save(@PathParam("symbol") String symbol, @BeanParam CardForm form) {
        AssetLabel asset = asset(symbol);
        Map<String, String> typed = form.values();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
        for (Criterion criterion : Criterion.values()) {
            String field = "scores." + criterion.path();
            BigDecimal points = FormFields.decimal(field, typed.get(criterion.path()), errors);
            scores.computeIfAbsent(criterion.dimension().key(), k -> new LinkedHashMap<>()).put(criterion.key(), points);
        }
        LocalDate date = FormFields.date("date", form.date, errors);
        try {
            errors.throwIfAny();
            evaluations.create(user.id(), asset.symbol(),
                    new EvaluationInput(date, form.profile, null, scores, form.notes));
            return Response.seeOther(URI.create("/scores/" + asset.symbol() + "#history")).build();
        } catch (InvalidInputException e) {
            Card card = new Card(asset, FormFields.text(form.date), FormFields.text(form.profile), typed,
                    FormFields.text(form.notes), LocalDate.now(ZoneOffset.UTC).toString(), "OTHER", "");
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(card, evaluations.list(user.id(), asset.symbol()), FormErrors.byField(e), Map.of()))
                    .build();
        }
    }

    @POST
    @Path("/{symbol}/evaluations/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteEvaluation(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        evaluations.delete(user.id(), symbol, id);
        return Response.seeOther(URI.create("/scores/" + symbol.toUpperCase(Locale.ROOT) + "#history")).build();
    }

    @POST
    @Path("/{symbol}/events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response recordEvent(@PathParam("symbol") String symbol, @BeanParam EventForm form) {
        AssetLabel asset = asset(symbol);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate date = FormFields.date("date", form.date, errors);
        try {
            errors.throwIfAny();
            events.create(user.id(), asset.symbol(), new EventService.EventInput(date, form.kind, form.note));
            return Response.seeOther(URI.create("/scores/" + asset.symbol() + "#events")).build();
        } catch (InvalidInputException e) {
            List<EvaluationView> history = evaluations.list(user.id(), asset.symbol());
            Card card = new Card(asset, LocalDate.now(ZoneOffset.UTC).toString(), "Default", Map.of(), "",
                    FormFields.text(form.date), FormFields.text(form.kind), FormFields.text(form.note));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(card, history, Map.of(), FormErrors.byField(e))).build();
        }
    }

    @POST
    @Path("/{symbol}/events/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteEvent(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        events.delete(user.id(), symbol, id);
        return Response.seeOther(URI.create("/scores/" + symbol.toUpperCase(Locale.ROOT) + "#events")).build();
    }

    private TemplateInstance page(Card card, List<EvaluationView> history, Map<String, String> errors,
                                  Map<String, String> eventErrors) {
        String symbol = card.asset().symbol();
        List<HistoryRow> rows = history.stream().map(ScoreCardPage::row).toList();
        List<HistoryRow> oldestFirst = new ArrayList<>(rows);
        Collections.reverse(oldestFirst);
        String labels = PageJson.write(json, oldestFirst.stream().map(r -> r.date().toString()).toList());
        String values = PageJson.write(json, oldestFirst.stream().map(HistoryRow::total).toList());
        List<String> kinds = java.util.Arrays.stream(EventService.Kind.values()).map(Enum::name).toList();
        return Templates.card(card, ScoreCardLayout.dimensions(), profileOptions(), rows, labels, values,
                events.list(user.id(), symbol), kinds, warnings.forAsset(user.id(), symbol),
                tokenomics.find(user.id(), symbol, 1).isPresent(), errors, eventErrors);
    }

    private List<ProfileOption> profileOptions() {
        return profiles.list(user.id()).stream().map(p -> {
            Map<String, String> weights = new LinkedHashMap<>();
            p.weights().forEach((k, v) -> weights.put(k, Scales.plain(v)));
            String text = String.join(" / ", weights.values());
            return new ProfileOption(p.name(), PageJson.write(json, weights), text);
        }).toList();
    }

    private static HistoryRow row(EvaluationView v) {
        List<String> dimensionScores = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            DimensionScore score = v.result().dimension(d);
            dimensionScores.add(score.score().setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        String code = v.result().recommendation().name();
        return new HistoryRow(v.id(), v.date(), v.profile().name(), v.result().totalRounded().toPlainString(),
                code, dimensionScores, v.changed().stream().map(Criterion::path).toList(), v.first(), v.notes());
    }


    private static AssetLabel asset(String symbol) {
        AssetEntity asset = Assets.bySymbol(symbol);
        return new AssetLabel(asset.symbol, asset.name);
    }
}
