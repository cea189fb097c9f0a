package app.ballast.web.api;

import app.ballast.web.i18n.Languages;
import app.ballast.web.i18n.Texts;
import app.ballast.web.ledger.FieldError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * The API's error texts in the caller's language: English unless the request asks for Chinese, by the same
 * rule as the pages (the language cookie, else Accept-Language; docs/i18n.md). Only the messages change;
 * the fields and the shape {@code {"errors": [{"field", "message"}]}} stay as they are.
 */
public class ErrorLanguage {

    @ServerResponseFilter
    public void translate(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof ErrorResponse body)) {
            return;
        }
        Cookie cookie = request.getCookies().get(Languages.COOKIE);
        Locale locale = Languages.choose(cookie == null ? null : cookie.getValue(),
                request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!Languages.CHINESE.equals(locale)) {
            return;
        }
        response.setEntity(new ErrorResponse(body.errors().stream()
                .map(e -> new FieldError(e.field(), Texts.in(e.message(), locale))).toList()));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, "zh-CN");
    }
}
