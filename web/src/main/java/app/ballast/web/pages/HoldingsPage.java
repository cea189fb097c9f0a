package app.ballast.web.pages;

import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Map;

/** Every position with its quantity, cost, value and profit. */
@Path("/holdings")
@Produces(MediaType.TEXT_HTML)
public class HoldingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holdings(PortfolioSnapshot snapshot, String costMethod, Map<String, String> errors);
    }

    @Inject
    LedgerService ledger;

    @Inject
    CurrentUser user;

    @Inject
    PortfolioService portfolios;

    @GET
    public TemplateInstance holdings() {
        return page(Map.of());
    }

    @POST
    @Path("/cost-method")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response costMethod(@RestForm String costMethod) {
        try {
            portfolios.setCostMethod(user.id(), costMethod);
            return Response.seeOther(URI.create("/holdings")).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(FormErrors.byField(e))).build();
        }
    }

    private TemplateInstance page(Map<String, String> errors) {
        return Templates.holdings(ledger.snapshot(user.id()), portfolios.defaultPortfolio(user.id()).costMethod.name(),
                errors);
    }
}
