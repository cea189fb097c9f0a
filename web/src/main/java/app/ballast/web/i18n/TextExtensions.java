package app.ballast.web.i18n;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/**
 * {@code {text.localized}} in a template: a text composed in Java (a warning, a rebalance reason, a
 * notification, a job error) in the language the template is rendered in ({@link Texts}).
 */
@TemplateExtension
public final class TextExtensions {

    private TextExtensions() {
    }

    static String localized(String text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Texts.in(text, locale(locale));
    }

    public static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return Languages.CHINESE.equals(locale) || "zh".equals(locale.getLanguage()) ? Languages.CHINESE : Languages.ENGLISH;
        }
        if (attribute instanceof String tag) {
            Locale locale = Languages.fromTag(tag);
            return locale == null ? Languages.ENGLISH : locale;
        }
        return Languages.ENGLISH;
    }
}
