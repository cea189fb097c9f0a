package app.ballast.web.demo;

import app.ballast.domain.policy.Policy;
import app.ballast.web.BallastConfig;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.PolicyEntity;
import app.ballast.web.persistence.UserEntity;
import app.ballast.web.policy.DcaPlanInput;
import app.ballast.web.policy.DcaService;
import app.ballast.web.policy.LadderInput;
import app.ballast.web.policy.PolicyInput;
import app.ballast.web.policy.PolicyService;
import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.policy.StopInput;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * After {@link DemoSeeder}: the demo investor's policy (the defaults, saved), their weekly BTC and
 * ETH buys as DCA plans continuing after the ledger's last week, trailing stops on BTC (12%) and SOL
 * (25%), and a take-profit ladder on LINK. Once: a saved policy means it was done (checked under
 * the portfolio's lock, so two instances starting together seed it once).
 */
@ApplicationScoped
public class PolicyDemoSeeder {

    private static final Logger LOG = Logger.getLogger(PolicyDemoSeeder.class);

    /** The stops and the ladder watch the closes from here: the spring of 2025 in the bundled history. */
    static final String ARMED_ON = "2025-04-01";

    @Inject
    BallastConfig config;

    @Inject
    PortfolioService portfolios;

    @Inject
    PolicyService policies;

    @Inject
    DcaService dca;

    @Inject
    PositionPlansService plans;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.demoEnabled()) {
            return;
        }
        Optional<Long> demo = QuarkusTransaction.requiringNew()
                .call(() -> UserEntity.findByUsername(config.demo().username()).map(u -> u.id));
        if (demo.isEmpty()) {
            return;
        }
        try {
            boolean seeded = QuarkusTransaction.requiringNew().call(() -> seed(demo.get()));
            if (seeded) {
                LOG.info("Added the demo investor's policy, DCA plans, stops and take-profit ladder");
            }
        } catch (RuntimeException e) {
            LOG.warnf("The demo policy was not added: %s", e.getMessage());
        }
    }

    boolean seed(long userId) {
        long portfolioId = portfolios.lock(userId).id();
        if (PolicyEntity.findByPortfolio(portfolioId).isPresent()) {
            return false;
        }
        policies.update(userId, PolicyInput.of(Policy.DEFAULT));
        // The ledger's weekly DCA ends with DemoPortfolio.END; the plans carry it on from the next Monday.
        String start = DemoPortfolio.END.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).toString();
        dca.create(userId, new DcaPlanInput("BTC", new BigDecimal("150"), "WEEKLY", "MONDAY", null, start, null, null,
                true, null, DemoPortfolio.BINANCE));
        dca.create(userId, new DcaPlanInput("ETH", new BigDecimal("100"), "WEEKLY", "MONDAY", null, start, null, null,
                true, null, DemoPortfolio.BINANCE));
        plans.createStop(userId, new StopInput("BTC", null, "TRAILING", new BigDecimal("0.12"), null, null, null,
                ARMED_ON, null, null));
        plans.createStop(userId, new StopInput("SOL", null, "TRAILING", new BigDecimal("0.25"), null, null, null,
                ARMED_ON, null, null));
        plans.createLadder(userId, new LadderInput("LINK", null, BigDecimal.ONE, null, new BigDecimal("0.25"),
                ARMED_ON, null, null));
        return true;
    }
}
