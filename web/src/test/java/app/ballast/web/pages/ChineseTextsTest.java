package app.ballast.web.pages;

import app.ballast.domain.Warning;
import app.ballast.web.i18n.Languages;
import app.ballast.web.i18n.Texts;
import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationDelivery;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.scoring.WarningService;
import app.ballast.web.support.TestUsers;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The texts composed in Java reach a Chinese reader in Chinese: a refused form's error beside its field, the
 * API's errors when asked, the warnings, and a notification on its page and in its e-mail.
 */
@QuarkusTest
class ChineseTextsTest {

    private static final String CHINESE = "zh-CN,zh;q=0.9,en;q=0.8";

    @Inject
    Notifications notifications;

    @Inject
    NotificationDelivery delivery;

    @Inject
    MockMailbox mailbox;

    @Inject
    WarningService warnings;

    @Test
    void aRefusedTransactionFormShowsTheDomainsErrorInChineseBesideTheField() {
        String user = TestUsers.signUp("zh-form");
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).header("Accept-Language", CHINESE)
                .get("/transactions/new");
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .header("Accept-Language", CHINESE)
                .formParam("csrf-token", PageFormsTest.csrfField(page.asString()))
                .formParam("type", "BUY").formParam("symbol", "BTC").formParam("account", "Kraken")
                .formParam("quantity", "0").formParam("price", "100").formParam("time", "2024-03-01T10:00:00")
                .post("/transactions")
                .then().statusCode(400)
                .body(matchesPattern("(?s).*id=\"quantity-error\"[^>]*>\\s*quantity 必须大于 0，当前为 0\\s*<.*"))
                .body(not(containsString("must be greater than 0")));
        TestUsers.as(user).get("/api/transactions").then().body("size()", equalTo(0));
    }

    @Test
    void aRefusedAccountFormInChineseAndTheSameInEnglish() {
        String user = TestUsers.signUp("zh-account");
        String session = PageFormsTest.signIn(user);
        for (String[] language : List.of(new String[] {CHINESE, "name 为必填项"}, new String[] {"en", "name is required"})) {
            Response page = given().cookie("quarkus-credential", session).header("Accept-Language", language[0])
                    .get("/accounts");
            given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                    .header("Accept-Language", language[0])
                    .formParam("csrf-token", PageFormsTest.csrfField(page.asString()))
                    .formParam("name", " ").formParam("kind", "EXCHANGE")
                    .post("/accounts")
                    .then().statusCode(400).body(containsString(language[1]));
        }
    }

    @Test
    void theApiAnswersInChineseWhenAskedAndInEnglishOtherwise() {
        String user = TestUsers.signUp("zh-api");
        TestUsers.as(user).header("Accept-Language", "zh-CN").body(Map.of("name", "", "kind", "EXCHANGE"))
                .post("/api/accounts")
                .then().statusCode(400).header("Content-Language", "zh-CN")
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("name 为必填项"));
        TestUsers.as(user).body(Map.of("name", "", "kind", "EXCHANGE"))
                .post("/api/accounts")
                .then().statusCode(400).body("errors[0].message", equalTo("name is required"));
    }

    @Test
    void theWarningsPageShowsEachWarningInChinese() {
        String session = given().redirects().follow(false).formParam("j_username", "demo").formParam("j_password", "demo")
                .post("/j_security_check").getCookie("quarkus-credential");
        long demo = TestUsers.id("demo");
        List<Warning> list = warnings.forAllAssets(demo);
        assertFalse(list.isEmpty(), "the demo has warnings");
        String html = given().cookie("quarkus-credential", session).header("Accept-Language", CHINESE)
                .get("/warnings").then().statusCode(200).extract().asString();
        for (Warning w : list) {
            String chinese = Texts.in(w.message(), Languages.CHINESE);
            assertTrue(hasHan(chinese), "a pattern for: " + w.message());
            assertTrue(html.contains(escape(chinese)), "on the page: " + chinese);
            assertFalse(html.contains(escape(w.message())), "not in English: " + w.message());
        }
        assertFalse(html.contains("<dt>market cap</dt>") || html.contains("<dt>threshold</dt>"), "the figures' names in Chinese");
    }

    @Test
    void aNotificationReadsInChineseOnItsPageAndInTheEmailOfAChineseUser() {
        mailbox.clear();
        String user = signUpInChinese("zh-bell");
        String address = user + "@example.org";
        TestUsers.as(user).body(Map.of("email", address, "emailEnabled", true)).put("/api/notification-settings")
                .then().statusCode(200);
        long id = TestUsers.id(user);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(id, "dca:zh-test",
                NotificationKind.DCA_MISSED, "DCA: the BTC buy due 2024-03-01 was missed",
                "Plan 5 (100 USD of BTC), due 2024-03-01: missed: Ballast did not run on 2024-03-01; not bought late",
                "/plans")));

        String title = "定投：2024-03-01 到期的 BTC 买入已错过";
        String body = "计划 5（100 USD 的 BTC），2024-03-01 到期：已错过：Ballast 在 2024-03-01 未运行；不再补买";
        given().cookie("quarkus-credential", PageFormsTest.signIn(user)).header("Accept-Language", CHINESE)
                .get("/notifications").then().statusCode(200)
                .body(containsString(title)).body(containsString(body)).body(not(containsString("was missed")));

        delivery.deliverPending();
        List<Mail> mails = mailbox.getMailsSentTo(address);
        assertEquals(1, mails.size());
        assertEquals("Ballast: " + title, mails.get(0).getSubject());
        assertTrue(mails.get(0).getText().startsWith(body), mails.get(0).getText());
    }

    @Test
    void anEnglishUsersEmailStaysInEnglish() {
        mailbox.clear();
        String user = TestUsers.signUp("en-bell");
        String address = user + "@example.org";
        TestUsers.as(user).body(Map.of("email", address, "emailEnabled", true)).put("/api/notification-settings")
                .then().statusCode(200);
        long id = TestUsers.id(user);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(id, "dca:en-test",
                NotificationKind.DCA_MISSED, "DCA: the BTC buy due 2024-03-01 was missed", "Details", "/plans")));
        delivery.deliverPending();
        assertEquals("Ballast: DCA: the BTC buy due 2024-03-01 was missed", mailbox.getMailsSentTo(address).get(0).getSubject());
    }

    @Test
    void theLanguageSwitchOfASignedInUserSetsTheLanguageOfTheirEmails() {
        mailbox.clear();
        String user = TestUsers.signUp("switch-bell");
        String address = user + "@example.org";
        TestUsers.as(user).body(Map.of("email", address, "emailEnabled", true)).put("/api/notification-settings")
                .then().statusCode(200);
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/notifications");
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false)
                .formParam("csrf-token", PageFormsTest.csrfField(page.asString())).formParam("lang", "zh-CN")
                .formParam("back", "/notifications")
                .post("/locale").then().statusCode(303);
        long id = TestUsers.id(user);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(id, "dca:switch-test",
                NotificationKind.DCA_SKIPPED, "DCA: the ETH buy due 2024-03-01 was skipped", "Details", "/plans")));
        delivery.deliverPending();
        assertEquals("Ballast: 定投：2024-03-01 到期的 ETH 买入已跳过", mailbox.getMailsSentTo(address).get(0).getSubject());
    }

    /** Signs up through the API from a Chinese browser: the user's language is Chinese. */
    private static String signUpInChinese(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 1_000_000_000L;
        given().contentType(ContentType.JSON).header("Accept-Language", "zh-CN")
                .body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/signup").then().statusCode(201);
        return username;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
