package app.ballast.web.demo;

import app.ballast.domain.AccountKind;
import app.ballast.web.BallastConfig;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.UserService;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.UserEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * At start-up: loads the bundled price history into an empty price table, and on the embedded
 * default (or when ballast.demo.enabled is set) creates the demo user and its portfolio.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    @Inject
    BallastConfig config;

    @Inject
    PriceImporter prices;

    @Inject
    UserService users;

    @Inject
    LedgerService ledger;

    void onStart(@Observes StartupEvent event) {
        BundledPrices bundled = null;
        if (prices.isEmpty()) {
            bundled = BundledPrices.load();
            int inserted = prices.importBundled(bundled);
            LOG.infof("Loaded %d bundled daily prices", inserted);
        }
        if (!config.demoEnabled()) {
            return;
        }
        String username = config.demo().username();
        if (QuarkusTransaction.requiringNew().call(() -> UserEntity.findByUsername(username).isPresent())) {
            LOG.infof("Demo sign-in: %s / %s at http://localhost:%s", username, config.demo().password(), port());
            return;
        }
        BundledPrices history = bundled != null ? bundled : BundledPrices.load();
        try {
            int count = QuarkusTransaction.requiringNew().call(() -> createDemo(username, history));
            LOG.infof("Created the demo portfolio (%d transactions). Demo sign-in: %s / %s at http://localhost:%s",
                    count, username, config.demo().password(), port());
        } catch (RuntimeException e) {
            // Another instance may have created it at the same moment: the unique user name holds.
            LOG.warnf("The demo user was not created: %s", e.getMessage());
        }
    }

    private int createDemo(String username, BundledPrices history) {
        UserEntity user = users.create(username, config.demo().password(), 1);
        for (Map.Entry<String, AccountKind> account : DemoPortfolio.accounts().entrySet()) {
            AccountEntity entity = new AccountEntity();
            entity.userId = user.id;
            entity.name = account.getKey();
            entity.kind = account.getValue();
            entity.persist();
        }
        var transactions = DemoPortfolio.transactions(history);
        ledger.importAll(user.id, transactions);
        return transactions.size();
    }

    private static String port() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.port", String.class).orElse("8080");
    }
}
