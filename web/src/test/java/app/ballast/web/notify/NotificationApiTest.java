package app.ballast.web.notify;

import app.ballast.web.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.ballast.web.support.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notification centre's JSON API: newest first, unread filter, mark read, settings, the admin's switch. */
@QuarkusTest
class NotificationApiTest {

    @Inject
    Notifications notifications;

    private static String ssrfUser;

    @Test
    void listsNewestFirstAndMarksOneAndThenAllRead() {
        String user = TestUsers.signUp("centre");
        long id = TestUsers.id(user);
        for (int i = 1; i <= 3; i++) {
            notice(id, "event:" + i, "Event " + i);
        }

        JsonPath all = as(user).get("/api/notifications").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Event 3", "Event 2", "Event 1"), all.getList("title"));
        assertEquals(List.of(false, false, false), all.getList("read"));
        assertEquals("WARNING", all.getString("[0].kind"));
        assertEquals("/warnings", all.getString("[0].link"));
        assertNotNull(all.getString("[0].createdAt"));
        long second = all.getLong("[1].id");

        JsonPath marked = as(user).post("/api/notifications/" + second + "/read").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(marked.getBoolean("read"));
        assertNotNull(marked.getString("readAt"));
        assertEquals(List.of("Event 3", "Event 1"),
                as(user).get("/api/notifications?unread=true").jsonPath().getList("title"));

        assertEquals(2, as(user).post("/api/notifications/read-all").then().statusCode(200)
                .extract().jsonPath().getInt("marked"));
        assertEquals(List.of(), as(user).get("/api/notifications?unread=true").jsonPath().getList("title"));
        assertEquals(3, as(user).get("/api/notifications").jsonPath().getList("id").size());
    }

    @Test
    void anotherUsersNotificationIsNotFound() {
        String owner = TestUsers.signUp("centre-owner");
        String other = TestUsers.signUp("centre-other");
        notice(TestUsers.id(owner), "event:mine", "Mine");
        long id = as(owner).get("/api/notifications").jsonPath().getLong("[0].id");

        as(other).post("/api/notifications/" + id + "/read").then().statusCode(404);
        as(other).post("/api/notifications/read-all").then().statusCode(200);
        assertEquals(List.of(), as(other).get("/api/notifications").jsonPath().getList("id"));

        JsonPath stillUnread = as(owner).get("/api/notifications?unread=true").jsonPath();
        assertEquals(List.of(id), stillUnread.getList("id", Long.class));
    }

    @Test
    void aListLimitOutOfRangeIsRefusedByName() {
        String user = TestUsers.signUp("centre-limit");

        as(user).get("/api/notifications?limit=0").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    }

    @Test
    void settingsAreSavedCheckedAndReadBack() {
        String user = TestUsers.signUp("centre-settings");

        JsonPath none = as(user).get("/api/notification-settings").then().statusCode(200).extract().jsonPath();
        assertNull(none.getString("email"));
        assertFalse(none.getBoolean("emailEnabled"));

        as(user).body(Map.of("email", "investor@example.org", "emailEnabled", true,
                        "webhookUrl", "https://203.0.113.10/ballast", "webhookEnabled", true))
                .put("/api/notification-settings").then().statusCode(200);
        JsonPath saved = as(user).get("/api/notification-settings").jsonPath();
        assertEquals("investor@example.org", saved.getString("email"));
        assertTrue(saved.getBoolean("emailEnabled"));
        assertEquals("https://203.0.113.10/ballast", saved.getString("webhookUrl"));
        assertTrue(saved.getBoolean("webhookEnabled"));

        JsonPath refused = as(user).body(Map.of("email", "not an address", "emailEnabled", true,
                        "webhookEnabled", true))
                .put("/api/notification-settings").then().statusCode(400).extract().jsonPath();
        assertEquals(List.of("email", "webhookUrl"), refused.getList("errors.field"));
        assertEquals("investor@example.org", as(user).get("/api/notification-settings").jsonPath().getString("email"),
                "nothing saved when refused");
    }

    @Test
    void onlyTheAdminChangesTheInstallationSetting() {
        String user = TestUsers.signUp("centre-notadmin");

        as(user).get("/api/admin/notification-settings").then().statusCode(403);
        as(user).body(Map.of("allowPrivateWebhooks", true)).put("/api/admin/notification-settings").then().statusCode(403);
        assertFalse(admin().get("/api/admin/notification-settings").then().statusCode(200).extract().jsonPath()
                .getBoolean("allowPrivateWebhooks"));
        admin().body("{}").put("/api/admin/notification-settings").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("allowPrivateWebhooks"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "http://127.0.0.1/hook", "http://127.1.2.3:8080/hook", "http://localhost:9000/hook", "http://[::1]/hook",
            "http://[::ffff:127.0.0.1]/hook", "http://10.0.0.7/hook", "http://172.16.5.4/hook", "http://192.168.1.10/hook",
            "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/hook", "http://[fc00::1]/hook",
            "http://[fd12:3456::1]/hook", "http://0.0.0.0/hook", "http://[::]/hook", "http://100.64.0.1/hook",
            "http://224.0.0.1/hook", "ftp://203.0.113.10/hook", "file:///etc/passwd", "javascript:alert(1)",
            "https://user:secret@203.0.113.10/hook", "not a url"})
    void aWebhookIntoThePrivateNetworkIsRefusedOnWebhookUrl(String url) {
        admin().body(Map.of("allowPrivateWebhooks", false)).put("/api/admin/notification-settings").then().statusCode(200);
        if (ssrfUser == null) {
            ssrfUser = TestUsers.signUp("ssrf"); // one user for all the cases: a sign-up hashes a password (slow)
        }
        String user = ssrfUser;

        as(user).body(Map.of("webhookUrl", url, "webhookEnabled", true)).put("/api/notification-settings")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("webhookUrl"));
        assertNull(as(user).get("/api/notification-settings").jsonPath().getString("webhookUrl"));
    }

    @Test
    void theAdminsAllowanceLetsAWebhookCallALocalAddress() {
        String user = TestUsers.signUp("ssrf-allowed");
        try {
            admin().body(Map.of("allowPrivateWebhooks", true)).put("/api/admin/notification-settings")
                    .then().statusCode(200).body("allowPrivateWebhooks", org.hamcrest.Matchers.equalTo(true));

            as(user).body(Map.of("webhookUrl", "http://localhost:9000/hook", "webhookEnabled", true))
                    .put("/api/notification-settings").then().statusCode(200);
        } finally {
            admin().body(Map.of("allowPrivateWebhooks", false)).put("/api/admin/notification-settings")
                    .then().statusCode(200);
        }
        as(user).body(Map.of("webhookUrl", "http://localhost:9000/hook", "webhookEnabled", true))
                .put("/api/notification-settings").then().statusCode(400);
    }

    /** The first user of the installation: the demo user in tests. */
    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("demo", "demo").contentType(ContentType.JSON);
    }

    private void notice(long userId, String key, String title) {
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(
                new Notice(userId, key, NotificationKind.WARNING, title, "Body of " + title, "/warnings")));
    }
}
