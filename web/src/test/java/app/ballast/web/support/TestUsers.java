package app.ballast.web.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Signs up throw-away users through the API, so each test owns its data. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestUsers() {
    }

    /** A new user, signed up, with a unique name that starts with {@code prefix}. */
    public static String signUp(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + COUNTER.incrementAndGet();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD))
                .post("/api/signup")
                .then().statusCode(201);
        return username;
    }

    /** The user's id, for tests that call a service directly. */
    public static long id(String username) {
        try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            q.setString(1, username);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no user " + username);
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a transaction for the user through the API (no fee) and returns its id. */
    public static long record(String username, String type, String symbol, String account, String quantity,
                              String price, String time) {
        return as(username)
                .body(Map.of("type", type, "symbol", symbol, "account", account, "quantity", new BigDecimal(quantity),
                        "price", new BigDecimal(price), "fee", BigDecimal.ZERO, "time", time))
                .post("/api/transactions")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A request authenticated as the user by HTTP Basic. */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }
}
