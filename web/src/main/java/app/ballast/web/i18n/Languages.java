package app.ballast.web.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The two languages of the pages and the rule that picks one: the language cookie when it names one of
 * them, else the browser's Accept-Language (any Chinese → Simplified Chinese), else English.
 */
public final class Languages {

    /** The cookie the language switch sets; it wins over Accept-Language. */
    public static final String COOKIE = "ballast-lang";

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Languages() {
    }

    /** The language of a request from its cookie value (may be null) and Accept-Language header (may be null). */
    public static Locale choose(String cookie, String acceptLanguage) {
        Locale chosen = fromTag(cookie);
        if (chosen != null) {
            return chosen;
        }
        return fromAcceptLanguage(acceptLanguage);
    }

    /** "en" → English, "zh-CN" (or zh, zh-Hans…) → Simplified Chinese, anything else → null. */
    public static Locale fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return switch (language) {
            case "en" -> ENGLISH;
            case "zh" -> CHINESE;
            default -> null;
        };
    }

    /**
     * The browser's most preferred of our languages. Traditional Chinese (zh-TW, zh-Hant) still reads
     * Simplified better than English for most, so every "zh" counts; a range we lack is skipped.
     */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                Locale locale = fromTag(range.getRange());
                if (locale != null) {
                    return locale;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        return ENGLISH;
    }

    /** The tag the pages and the cookie use: "en" or "zh-CN". */
    public static String tag(Locale locale) {
        return CHINESE.equals(locale) ? "zh-CN" : "en";
    }

    public static List<Locale> all() {
        return List.of(ENGLISH, CHINESE);
    }
}
