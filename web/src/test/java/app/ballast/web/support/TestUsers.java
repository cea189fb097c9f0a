package app.ballast.web.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

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

    /** A request authenticated as the user by HTTP Basic. */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD).contentType(ContentType.JSON);
    }
}
