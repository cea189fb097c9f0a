package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.policy.PolicyService;
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

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The policy editor: core assets and their weights, the core band, caps, minimum trade, fees, score thresholds. */
@Path("/policy")
@Produces(MediaType.TEXT_HTML)
public class PolicyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(PolicyForm form, boolean saved, boolean done, List<String> symbols,
                                              Map<String, String> errors);
    }

    @Inject
    PolicyService policies;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@QueryParam("saved") String saved) {
        return Templates.policy(PolicyForm.of(policies.get(user.id())), policies.saved(user.id()), saved != null,
                symbols(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@BeanParam PolicyForm form) {
        try {
            policies.update(user.id(), form.toInput());
            return Response.seeOther(URI.create("/policy?saved=1")).build();
        } catch (InvalidInputException e) {
            return refused(form, FormErrors.byField(e));
        } catch (InvalidValueException e) {
            return refused(form, FormErrors.byField(InvalidInputException.of(e)));
        }
    }

    private Response refused(PolicyForm form, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.policy(form, policies.saved(user.id()), false, symbols(), errors)).build();
    }

    static List<String> symbols() {
        return AssetEntity.<AssetEntity>list("order by symbol").stream().map(a -> a.symbol).toList();
    }
}
