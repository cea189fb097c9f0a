package app.ballast.web.api;

import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Criterion;
import app.ballast.web.scoring.EvaluationService;
import app.ballast.web.scoring.EvaluationService.EvaluationInput;
import app.ballast.web.scoring.EvaluationService.EvaluationView;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's evaluations of one asset (the investment journal), newest first. */
@Path("/api/assets/{symbol}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetEvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser user;

    /**
     * A stored evaluation: what was entered, the result (as {@code POST /api/scoring/evaluate} answers it)
     * and {@code changed}, the criteria whose points differ from the evaluation before.
     */
    public record EvaluationJson(long id, String symbol, LocalDate date, String profile, Map<String, BigDecimal> weights,
                                 Map<String, Map<String, BigDecimal>> scores, BigDecimal total, String recommendation,
                                 Map<String, ScoreJson.DimensionJson> dimensions, String notes, Instant createdAt,
                                 List<String> changed) {
        static EvaluationJson of(EvaluationView v) {
            ScoreJson result = ScoreJson.of(v.result());
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            v.profile().weightsByKey().forEach((k, w) -> weights.put(k, Scales.compact(w)));
            Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
            v.card().scoresByDimension().forEach((dimension, byCriterion) -> {
                Map<String, BigDecimal> points = new LinkedHashMap<>();
                byCriterion.forEach((k, p) -> points.put(k, Scales.compact(p)));
                scores.put(dimension, points);
            });
            return new EvaluationJson(v.id(), v.symbol(), v.date(), v.profile().name(), weights, scores, result.total(),
                    result.recommendation(), result.dimensions(), v.notes(), v.createdAt(),
                    v.changed().stream().map(Criterion::path).toList());
        }
    }

    @GET
    public List<EvaluationJson> list(@PathParam("symbol") String symbol) {
        return evaluations.list(user.id(), symbol).stream().map(EvaluationJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public EvaluationJson get(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        return EvaluationJson.of(evaluations.get(user.id(), symbol, id));
    }

    @POST
    public Response create(@PathParam("symbol") String symbol, EvaluationInput input) {
        EvaluationJson created = EvaluationJson.of(evaluations.create(user.id(), symbol,
                TransactionResource.requireBody(input)));
        return Response.created(URI.create("/api/assets/" + created.symbol() + "/evaluations/" + created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public EvaluationJson update(@PathParam("symbol") String symbol, @PathParam("id") long id, EvaluationInput input) {
        return EvaluationJson.of(evaluations.update(user.id(), symbol, id, TransactionResource.requireBody(input)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("symbol") String symbol, @PathParam("id") long id) {
        evaluations.delete(user.id(), symbol, id);
        return Response.noContent().build();
    }
}
