package app.ballast.web.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSwitchTest {

    @Test
    void returnsOnlyToAPathOfThisSite() {
        assertEquals("/holdings?x=1", LanguageSwitch.safeReturnPath("/holdings?x=1"));
        assertEquals("/", LanguageSwitch.safeReturnPath("//evil.example/"));
        assertEquals("/", LanguageSwitch.safeReturnPath("https://evil.example/"));
        assertEquals("/", LanguageSwitch.safeReturnPath("/\\evil.example"));
        assertEquals("/", LanguageSwitch.safeReturnPath("/a\r\nSet-Cookie: x=1"));
        assertEquals("/", LanguageSwitch.safeReturnPath(null));
    }
}
