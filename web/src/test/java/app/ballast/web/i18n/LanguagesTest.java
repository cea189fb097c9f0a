package app.ballast.web.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguagesTest {

    @Test
    void anyChineseAcceptLanguageChoosesSimplifiedChinese() {
        for (String header : new String[] {"zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh-TW,en;q=0.5", "zh-CN,zh;q=0.9,en;q=0.8"}) {
            assertEquals(Languages.CHINESE, Languages.choose(null, header), header);
        }
    }

    @Test
    void anythingElseIsEnglish() {
        for (String header : new String[] {null, "", "en-US,en;q=0.9", "de-DE", "fr;q=0.9, zh;q=0.1x", "*", ";;;"}) {
            assertEquals(Languages.ENGLISH, Languages.choose(null, header), String.valueOf(header));
        }
    }

    @Test
    void theBrowsersOrderOfPreferenceCounts() {
        assertEquals(Languages.ENGLISH, Languages.choose(null, "en;q=0.9, zh-CN;q=0.8"));
        assertEquals(Languages.CHINESE, Languages.choose(null, "de, zh-CN;q=0.8, en;q=0.5"));
    }

    @Test
    void theCookieWinsOverAcceptLanguage() {
        assertEquals(Languages.ENGLISH, Languages.choose("en", "zh-CN"));
        assertEquals(Languages.CHINESE, Languages.choose("zh-CN", "en-US"));
        assertEquals(Languages.CHINESE, Languages.choose("bogus", "zh"), "an unknown cookie is ignored");
    }

    @Test
    void tagsAreThoseOfHtmlLang() {
        assertEquals("zh-CN", Languages.tag(Languages.CHINESE));
        assertEquals("en", Languages.tag(Languages.ENGLISH));
        assertNull(Languages.fromTag("ja"));
    }
}
