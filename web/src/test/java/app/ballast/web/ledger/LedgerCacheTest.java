package app.ballast.web.ledger;

import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Holdings come from a kept ledger only while the portfolio's ledger_version says it is current:
 * a write by another instance (simulated here over JDBC) or an account rename is seen at once.
 */
@QuarkusTest
class LedgerCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteByAnotherInstanceIsSeenOnTheNextRead() throws SQLException {
        String user = TestUsers.signUp("cache");
        buy(user, "1");
        TestUsers.as(user).get("/api/holdings").then().body("holdings[0].quantity", comparesEqualTo(1));

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ledger_transaction (portfolio_id, type, asset_id, account_id, quantity, price, occurred_at, created_at)
                    SELECT p.id, 'BUY', a.id, acc.id, 2, 100, '2024-02-01 00:00:00', NOW(6)
                    FROM portfolio p JOIN app_user u ON u.id = p.user_id
                    JOIN account acc ON acc.user_id = u.id JOIN asset a ON a.symbol = 'ETH'
                    WHERE u.username = ?""");
                 PreparedStatement bump = c.prepareStatement("""
                    UPDATE portfolio p JOIN app_user u ON u.id = p.user_id
                    SET p.ledger_version = p.ledger_version + 1 WHERE u.username = ?""")) {
                insert.setString(1, user);
                insert.executeUpdate();
                bump.setString(1, user);
                bump.executeUpdate();
            }
            c.commit();
        }

        TestUsers.as(user).get("/api/holdings").then()
                .body("holdings.find { it.symbol == 'ETH' }.quantity", comparesEqualTo(2))
                .body("holdings.find { it.symbol == 'ETH' }.costBasis", comparesEqualTo(200));
    }

    @Test
    void aRenamedAccountShowsUnderItsNewNameInTheHoldings() {
        String user = TestUsers.signUp("rename");
        buy(user, "1");
        TestUsers.as(user).get("/api/holdings").then().body("holdings[0].quantityByAccount", hasKey("Old name"));
        Number id = TestUsers.as(user).get("/api/accounts").then().extract().path("[0].id");

        TestUsers.as(user).body(Map.of("name", "New name", "kind", "WALLET"))
                .put("/api/accounts/" + id).then().statusCode(200);

        TestUsers.as(user).get("/api/holdings").then()
                .body("holdings[0].quantityByAccount", hasKey("New name"))
                .body("holdings[0].quantityByAccount", not(hasKey("Old name")));
    }

    @Test
    void aRefusedWriteLeavesTheHoldingsAsTheyWere() {
        String user = TestUsers.signUp("refused");
        buy(user, "1");
        TestUsers.as(user).body(Map.of("type", "SELL", "symbol", "BTC", "account", "Old name",
                        "quantity", 5, "price", 400, "time", "2024-03-01T00:00:00Z"))
                .post("/api/transactions").then().statusCode(400);
        TestUsers.as(user).get("/api/holdings").then()
                .body("holdings[0].quantity", comparesEqualTo(1))
                .body("totals.realizedProfit", comparesEqualTo(0));
    }

    @Test
    void switchingToFifoChangesRealizedProfitAndKeepsTheLedger() {
        String user = TestUsers.signUp("fifo");
        buy(user, "1"); // 1 BTC at 400 on 2024-01-01
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", "BTC", "account", "Old name", "quantity", 1,
                "price", 600, "time", "2024-02-01T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        TestUsers.as(user).body(Map.of("type", "SELL", "symbol", "BTC", "account", "Old name", "quantity", 1,
                "price", 700, "time", "2024-03-01T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        TestUsers.as(user).get("/api/portfolio").then().body("costMethod", org.hamcrest.Matchers.equalTo("MOVING_AVERAGE"))
                .body("totals.realizedProfit", comparesEqualTo(200)); // 700 - average 500

        TestUsers.as(user).body(Map.of("costMethod", "FIFO")).put("/api/portfolio").then().statusCode(200)
                .body("costMethod", org.hamcrest.Matchers.equalTo("FIFO"))
                .body("totals.realizedProfit", comparesEqualTo(300)); // 700 - the first lot's 400
        TestUsers.as(user).body(Map.of("costMethod", "LIFO")).put("/api/portfolio").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("costMethod"));
        TestUsers.as(user).get("/api/holdings").then().body("holdings[0].quantity", comparesEqualTo(1));
    }

    private static void buy(String user, String quantity) {
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", "BTC", "account", "Old name",
                        "quantity", new java.math.BigDecimal(quantity), "price", 400, "time", "2024-01-01T00:00:00Z"))
                .post("/api/transactions").then().statusCode(201);
    }
}
