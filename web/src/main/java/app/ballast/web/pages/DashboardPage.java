package app.ballast.web.pages;

import app.ballast.portfolio.Holding;
import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.web.dashboard.DashboardModel;
import app.ballast.web.dashboard.ValueSeries;
import app.ballast.web.policy.PolicyOverview;
import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The dashboard: what the portfolio is worth, what it cost, how it is spread, and where it stands
 * against the policy (warnings with their figures, the core band and the cap, the next DCA buys,
 * the stops closest to triggering), today's move and the profit since the start, the value over time and
 * the allocation donuts against the policy's targets ({@link DashboardModel}).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PortfolioSnapshot snapshot, PriceAge prices,
                                                 PolicyOverview.Overview policy, DashboardModel.View view);
    }

    /** How old the newest price behind the valuation is. */
    public record PriceAge(Instant newest, long days) {
        static PriceAge of(List<Holding> holdings) {
            Instant newest = holdings.stream().map(Holding::priceTime).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            long days = newest == null ? 0 : Math.max(0, Duration.between(newest, Instant.now()).toDays());
            return new PriceAge(newest, days);
        }

        public boolean stale() {
            return newest != null && days >= 2;
        }
    }

    @Inject
    CurrentUser user;

    @Inject
    PositionPlansService plans;

    @Inject
    DashboardModel model;

    @GET
    public TemplateInstance dashboard() {
        ValueSeries.Closes closes = model.closes();
        if (model.claimPlans(user.id(), closes)) { // stops see the closes stored since the last look
            try {
                if (!plans.evaluate(user.id(), LocalDate.now(ZoneOffset.UTC)).triggers().isEmpty()) {
                    model.forget(user.id()); // a stop or a ladder step fired: new warnings, perhaps a sell suggestion
                }
            } catch (RuntimeException e) {
                model.plansFailed(user.id());
                throw e;
            }
        }
        DashboardModel.View view = model.view(user.id(), closes);
        PortfolioSnapshot snapshot = view.snapshot();
        return Templates.dashboard(snapshot, PriceAge.of(snapshot.holdings()), view.policy(), view);
    }
}
