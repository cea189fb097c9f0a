package app.ballast.web.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language of the pages: Accept-Language, overridden by the switch's cookie. */
@QuarkusTest
class RequestLanguageTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1>([^<]*)</h1>");

    @Test
    void aChineseBrowserGetsEveryMainPageInChinese() {
        String session = DemoSession.signIn();
        for (String page : DemoSession.PAGES) {
            String html = given().cookie("quarkus-credential", session).header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                    .get(page).then().statusCode(200).extract().asString();
            assertTrue(html.contains("<html lang=\"zh-CN\""), page);
            assertTrue(html.contains(">仪表盘</a>") && html.contains(">持仓</a>"), page + ": the navigation in Chinese");
            assertTrue(html.contains("Ballast 只提供建议"), page + ": the footer in Chinese");
            Matcher heading = H1.matcher(html);
            assertTrue(heading.find() && heading.group(1).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), page + ": the heading in Chinese");
            assertTrue(!html.contains(">Sign out<") && !html.contains("Ballast advises"), page + ": no English layout");
        }
    }

    @Test
    void theSeedsNamesShowOnTheScoreCards() {
        String html = given().cookie("quarkus-credential", DemoSession.signIn()).header("Accept-Language", "zh")
                .get("/scores").asString();
        assertTrue(html.contains("推荐"), "a recommendation in Chinese");
        String plans = given().cookie("quarkus-credential", DemoSession.signIn()).header("Accept-Language", "zh-Hans")
                .get("/plans").asString();
        assertTrue(plans.contains("定投计划") && plans.contains("动态止损") && plans.contains("分批止盈"), "the plans' Chinese names");
    }

    @Test
    void anEnglishOrUnknownBrowserGetsEnglish() {
        given().header("Accept-Language", "de-DE").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\""), containsString("<h1>Sign in</h1>"));
        given().get("/login").then().body(containsString("<h1>Sign in</h1>"));
    }

    @Test
    void theSwitchsCookieWinsOverAcceptLanguageAndReturnsToThePage() {
        Response login = given().header("Accept-Language", "zh-CN").get("/login");
        assertTrue(login.asString().contains("<h1>登录</h1>"));
        Matcher token = CSRF_FIELD.matcher(login.asString());
        assertTrue(token.find());
        Response switched = given().header("Accept-Language", "zh-CN").cookie("csrf-token", login.getCookie("csrf-token"))
                .redirects().follow(false)
                .formParam("csrf-token", token.group(1)).formParam("lang", "en").formParam("back", "/login?error=true")
                .post("/locale");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.header("Location").endsWith("/login?error=true"), switched.header("Location"));
        String cookie = switched.getCookie(Languages.COOKIE);
        assertEquals("en", cookie);

        given().header("Accept-Language", "zh-CN").cookie(Languages.COOKIE, cookie).get("/login").then()
                .body(containsString("<html lang=\"en\""), containsString("<h1>Sign in</h1>"), not(containsString("登录")));
        given().header("Accept-Language", "en-US").cookie(Languages.COOKIE, "zh-CN")
                .cookie("quarkus-credential", DemoSession.signIn()).get("/holdings").then()
                .body(containsString("<html lang=\"zh-CN\""), containsString("<h1>持仓</h1>"));
    }

    @Test
    void theSwitchRefusesAPostWithoutItsCsrfToken() {
        given().redirects().follow(false).formParam("lang", "zh-CN").formParam("back", "/").post("/locale")
                .then().statusCode(400);
    }

    @Test
    void formErrorsComposedByThePagesAreTranslated() {
        String session = DemoSession.signIn();
        Response page = given().cookie("quarkus-credential", session).header("Accept-Language", "zh-CN").get("/market-inputs");
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find());
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .header("Accept-Language", "zh-CN")
                .formParam("csrf-token", token.group(1)).formParam("date", "2024-01-01").formParam("mvrv", "abc")
                .post("/market-inputs")
                .then().statusCode(400)
                .body(containsString("mvrv 必须是用小数点表示小数的数字"), containsString("未保存：请修改下方标出的字段。"));
    }
}
