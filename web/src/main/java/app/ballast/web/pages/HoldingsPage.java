package app.ballast.web.pages;

import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Every position with its quantity, cost, value and profit. */
@Path("/holdings")
@Produces(MediaType.TEXT_HTML)
public class HoldingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holdings(PortfolioSnapshot snapshot);
    }

    @Inject
    LedgerService ledger;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance holdings() {
        return Templates.holdings(ledger.snapshot(user.id()));
    }
}
