package app.ballast.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * The language of this request (templates: {@code {inject:i18n.lang}}), and its messages for text the
 * pages compose in Java (notices, field errors). Templates get the same locale through
 * {@link TemplateLocale}.
 */
@RequestScoped
@Named("i18n")
public class RequestLanguage {

    @Inject
    HttpServerRequest request;

    @Inject
    Messages english;

    @Inject
    @Localized("zh-CN")
    Messages chinese;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            Cookie cookie = request.getCookie(Languages.COOKIE);
            locale = Languages.choose(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /** "en" or "zh-CN", for {@code <html lang>}. */
    public String lang() {
        return Languages.tag(locale());
    }

    public boolean chinese() {
        return Languages.CHINESE.equals(locale());
    }

    /** Where the language switch returns to: this page's path and query. */
    public String here() {
        String uri = request.uri();
        return LanguageSwitch.safeReturnPath(uri);
    }

    /** The messages in this request's language. */
    public Messages messages() {
        return chinese() ? chinese : english;
    }
}
