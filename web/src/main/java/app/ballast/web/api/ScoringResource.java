package app.ballast.web.api;

import app.ballast.domain.scoring.ScoreCard;
import app.ballast.domain.scoring.WeightProfile;
import app.ballast.scoring.ScoreCalculator;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.LatestScores;
import app.ballast.web.scoring.ProfileService;
import app.ballast.web.scoring.ProfileService.ProfileView;
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
import java.util.List;
import java.util.Map;

/** The coin score: a stateless preview, the caller's weight profiles and their latest totals. */
@Path("/api/scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoringResource {

    @Inject
    ProfileService profiles;

    @Inject
    LatestScores latestScores;

    @Inject
    CurrentUser user;

    /** {@code weights} is optional (the default profile); nothing is stored. */
    public record EvaluateRequest(Map<String, BigDecimal> weights, Map<String, Map<String, BigDecimal>> scores) {
    }

    public record ProfileBody(String name, Map<String, BigDecimal> weights) {
    }

    @POST
    @Path("/evaluate")
    public ScoreJson evaluate(EvaluateRequest request) {
        EvaluateRequest body = TransactionResource.requireBody(request);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        WeightProfile profile = body.weights() == null ? WeightProfile.DEFAULT
                : errors.check(() -> WeightProfile.parse(body.weights()));
        ScoreCard card = errors.check(() -> ScoreCard.parse(body.scores()));
        errors.throwIfAny();
        return ScoreJson.of(ScoreCalculator.evaluate(card, profile));
    }

    /** Symbol → the latest evaluation's date, total and recommendation. */
    @GET
    @Path("/latest")
    public Map<String, LatestScores.LatestScore> latest() {
        return latestScores.latest(user.id());
    }

    @GET
    @Path("/profiles")
    public List<ProfileView> listProfiles() {
        return profiles.list(user.id());
    }

    @GET
    @Path("/profiles/{id}")
    public ProfileView getProfile(@PathParam("id") long id) {
        return profiles.get(user.id(), id);
    }

    @POST
    @Path("/profiles")
    public Response createProfile(ProfileBody body) {
        ProfileBody profile = TransactionResource.requireBody(body);
        ProfileView created = profiles.create(user.id(), profile.name(), profile.weights());
        return Response.created(URI.create("/api/scoring/profiles/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/profiles/{id}")
    public ProfileView updateProfile(@PathParam("id") long id, ProfileBody body) {
        ProfileBody profile = TransactionResource.requireBody(body);
        return profiles.update(user.id(), id, profile.name(), profile.weights());
    }

    @DELETE
    @Path("/profiles/{id}")
    public Response deleteProfile(@PathParam("id") long id) {
        profiles.delete(user.id(), id);
        return Response.noContent().build();
    }
}
