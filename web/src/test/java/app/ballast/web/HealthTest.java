package app.ballast.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class HealthTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().get("/q/openapi").then().statusCode(200);
    }
}
