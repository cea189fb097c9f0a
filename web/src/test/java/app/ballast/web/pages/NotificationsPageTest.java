package app.ballast.web.pages;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The notification centre's forms: CSRF required, a refused webhook URL shown beside its field, admin only. */
@QuarkusTest
class NotificationsPageTest {

    @Test
    void savingSettingsWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
        String user = TestUsers.signUp("bell-csrf");
        String session = PageFormsTest.signIn(user);

        given().cookie("quarkus-credential", session).redirects().follow(false)
                .formParam("email", "me@example.org").formParam("emailEnabled", "true")
                .post("/notifications/settings").then().statusCode(400);

        TestUsers.as(user).get("/api/notification-settings").then().body("email", nullValue());
    }

    @Test
    void aWebhookIntoThePrivateNetworkComesBackWithTheReasonBesideTheField() {
        String user = TestUsers.signUp("bell-ssrf");
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/notifications");

        form(session, page).formParam("webhookUrl", "http://169.254.169.254/latest").formParam("webhookEnabled", "true")
                .post("/notifications/settings")
                .then().statusCode(400)
                .body(containsString("data-testid=\"webhook-error\""))
                .body(containsString("169.254.169.254, a loopback, link-local or private address"));
        TestUsers.as(user).get("/api/notification-settings").then().body("webhookUrl", nullValue());

        form(session, page).formParam("email", "me@example.org").formParam("emailEnabled", "true")
                .post("/notifications/settings").then().statusCode(303);
        TestUsers.as(user).get("/api/notification-settings").then().body("email", equalTo("me@example.org"))
                .body("emailEnabled", equalTo(true)).body("webhookEnabled", equalTo(false));
    }

    @Test
    void onlyTheAdminSeesAndPostsTheInstallationForm() {
        String user = TestUsers.signUp("bell-admin");
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/notifications");

        page.then().statusCode(200).body(not(containsString("data-testid=\"admin-form\"")));
        form(session, page).formParam("allowPrivateWebhooks", "true").post("/notifications/admin")
                .then().statusCode(403);
        given().auth().preemptive().basic("demo", "demo").get("/api/admin/notification-settings")
                .then().body("allowPrivateWebhooks", equalTo(false));
    }

    private static io.restassured.specification.RequestSpecification form(String session, Response page) {
        return given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false).formParam("csrf-token", PageFormsTest.csrfField(page.asString()));
    }
}
