package app.ballast.web.pages;

import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Dimension;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.ProfileService;
import app.ballast.web.scoring.ProfileService.ProfileView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The weight profile editor: the built-in default and the investor's own profiles (each summing to 1). */
@Path("/scores/profiles")
@Produces(MediaType.TEXT_HTML)
public class ProfilesPage {

    /** The profile form as typed. */
    public static class ProfileForm {
        @RestForm
        public String name;
        @RestForm
        public String technology;
        @RestForm
        public String tokenomics;
        @RestForm
        public String team;
        @RestForm
        public String market;
        @RestForm
        public String risk;

        static ProfileForm of(ProfileView view) {
            ProfileForm form = new ProfileForm();
            form.name = view.name();
            form.technology = Scales.plain(view.weights().get("technology"));
            form.tokenomics = Scales.plain(view.weights().get("tokenomics"));
            form.team = Scales.plain(view.weights().get("team"));
            form.market = Scales.plain(view.weights().get("market"));
            form.risk = Scales.plain(view.weights().get("risk"));
            return form;
        }

        public String value(String field) {
            String v = switch (field) {
                case "name" -> name;
                case "technology" -> technology;
                case "tokenomics" -> tokenomics;
                case "team" -> team;
                case "market" -> market;
                case "risk" -> risk;
                default -> null;
            };
            return v == null ? "" : v;
        }

        Map<String, BigDecimal> weights(InvalidInputException.Collector errors) {
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            for (Dimension d : Dimension.values()) {
                weights.put(d.key(), FormFields.decimal("weights." + d.key(), value(d.key()), errors));
            }
            return weights;
        }
    }

    /** A dimension's weight input: its key and the field its errors name ("weights.risk"). */
    public record WeightField(String key, String field) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profiles(List<ProfileView> profiles, List<WeightField> dimensions, ProfileForm form,
                                                Long editing, Map<String, String> errors);
    }

    @Inject
    ProfileService profiles;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance list() {
        ProfileForm blank = ProfileForm.of(profiles.list(user.id()).get(0));
        blank.name = "";
        return page(blank, null, Map.of());
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") long id) {
        return page(ProfileForm.of(profiles.get(user.id(), id)), id, Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam ProfileForm form) {
        return save(null, form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam ProfileForm form) {
        profiles.get(user.id(), id); // another user's profile is not found
        return save(id, form);
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        profiles.delete(user.id(), id);
        return Response.seeOther(URI.create("/scores/profiles")).build();
    }

    private Response save(Long id, ProfileForm form) {
        try {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            Map<String, BigDecimal> weights = form.weights(errors);
            errors.throwIfAny();
            if (id == null) {
                profiles.create(user.id(), form.name, weights);
            } else {
                profiles.update(user.id(), id, form.name, weights);
            }
            return Response.seeOther(URI.create("/scores/profiles")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, id, FormErrors.byField(e))).build();
        }
    }

    private TemplateInstance page(ProfileForm form, Long editing, Map<String, String> errors) {
        List<WeightField> dimensions = Arrays.stream(Dimension.values())
                .map(d -> new WeightField(d.key(), "weights." + d.key())).toList();
        return Templates.profiles(profiles.list(user.id()), dimensions, form, editing, errors);
    }
}
