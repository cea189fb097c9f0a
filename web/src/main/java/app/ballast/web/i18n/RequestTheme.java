package app.ballast.web.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The colour theme of this request, from the theme cookie (default: system). Templates:
 * {@code <html data-theme="{inject:theme.value}">} and {@code {inject:theme.is('dark')}} for the switch.
 */
@RequestScoped
@Named("theme")
public class RequestTheme {

    @Inject
    HttpServerRequest request;

    private Themes theme;

    public Themes current() {
        if (theme == null) {
            Cookie cookie = request.getCookie(Themes.COOKIE);
            Themes chosen = cookie == null ? null : Themes.fromValue(cookie.getValue());
            theme = chosen == null ? Themes.SYSTEM : chosen;
        }
        return theme;
    }

    /** "light", "dark" or "system". */
    public String value() {
        return current().value();
    }

    /** Whether the theme is the one named ("light", "dark", "system"), for aria-pressed. */
    public boolean is(String value) {
        return current() == Themes.fromValue(value);
    }
}
