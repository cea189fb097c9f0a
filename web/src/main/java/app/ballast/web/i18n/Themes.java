package app.ballast.web.i18n;

import java.util.Locale;

/**
 * The colour themes of the pages: light, dark, or system (follow the browser's prefers-color-scheme). The
 * choice lives in a cookie; the server writes it into {@code <html data-theme>} so the page never flashes
 * the wrong colours and needs no script (docs/design.md).
 */
public enum Themes {
    LIGHT, DARK, SYSTEM;

    /** The cookie the theme switch sets. */
    public static final String COOKIE = "ballast-theme";

    /** "light", "dark", "system" (any case) → the theme; anything else → null. */
    public static Themes fromValue(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            case "system" -> SYSTEM;
            default -> null;
        };
    }

    /** The value of the cookie and of {@code data-theme}: "light", "dark" or "system". */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
