package app.ballast.web.i18n;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every POST form of every page carries the CSRF token, including the design system's own (theme switch,
 * confirmation dialogs); only the sign-in form, which Quarkus' form mechanism handles before the CSRF filter
 * (it checks the Origin instead), has none.
 */
@QuarkusTest
class FormsCarryCsrfTest {

    private static final Pattern POST_FORM = Pattern.compile("(?is)<form\\b[^>]*method=\"post\"[^>]*>.*?</form>");
    private static final Pattern ACTION = Pattern.compile("(?i)action=\"([^\"]*)\"");

    @Test
    void everyPostFormHasTheCsrfField() {
        String session = DemoSession.signIn();
        List<String> missing = new ArrayList<>();
        int forms = 0;
        List<String> pages = new ArrayList<>(DemoSession.PAGES);
        pages.add("/login");
        pages.add("/signup");
        for (String page : pages) {
            boolean signedOut = page.equals("/login") || page.equals("/signup");
            String html = (signedOut ? given() : given().cookie("quarkus-credential", session)).get(page)
                    .then().statusCode(200).extract().asString();
            Matcher form = POST_FORM.matcher(html);
            while (form.find()) {
                Matcher action = ACTION.matcher(form.group());
                String target = action.find() ? action.group(1) : "?";
                if (target.equals("/j_security_check")) {
                    continue;
                }
                forms++;
                if (!form.group().contains("name=\"csrf-token\"")) {
                    missing.add(page + " → " + target);
                }
            }
        }
        assertEquals(List.of(), missing, "POST forms without the CSRF field");
        assertTrue(forms > 60, "only " + forms + " forms checked");
    }
}
