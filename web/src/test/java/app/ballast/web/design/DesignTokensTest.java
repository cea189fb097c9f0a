package app.ballast.web.design;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The colour tokens of static/app.css (docs/design.md): text reaches WCAG AA contrast in both themes, control
 * borders and the focus ring 3:1, and the two places that hold the dark theme (data-theme="dark" and
 * prefers-color-scheme: dark) hold the same values. Reads the stylesheet; no application needed.
 */
class DesignTokensTest {

    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/static/app.css");
    private static final Pattern TOKEN = Pattern.compile("(--[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    private static final List<String> TEXT = List.of("--fg", "--muted", "--accent", "--gain", "--loss", "--warn");
    private static final List<String> SURFACES = List.of("--bg", "--card", "--surface-2", "--accent-soft");

    @Test
    void textReachesAaOnEverySurfaceInBothThemes() throws IOException {
        List<String> low = new ArrayList<>();
        Map<String, Map<String, String>> themes = Map.of("light", light(), "dark", dark());
        themes.forEach((theme, colours) -> {
            for (String text : TEXT) {
                for (String surface : SURFACES) {
                    check(low, theme, colours, text, surface, 4.5);
                }
            }
            check(low, theme, colours, "--accent-fg", "--accent", 4.5); // primary buttons, current page
            check(low, theme, colours, "--card", "--loss", 4.5);        // unread badge, solid danger button
            check(low, theme, colours, "--line-strong", "--card", 3.0); // control borders
            check(low, theme, colours, "--focus", "--card", 3.0);       // the focus ring
            check(low, theme, colours, "--focus", "--bg", 3.0);
        });
        assertEquals(List.of(), low, "colour pairs below their contrast minimum");
    }

    @Test
    void bothDarkThemeBlocksHoldTheSameColours() throws IOException {
        String css = css();
        int media = css.indexOf("@media (prefers-color-scheme: dark)");
        assertTrue(media > 0, "the system dark theme");
        Map<String, String> system = tokens(block(css, css.indexOf(":root:not([data-theme=\"light\"])", media)));
        Map<String, String> explicit = tokens(block(css, css.indexOf(":root[data-theme=\"dark\"] {")));
        assertEquals(explicit, system, "data-theme=\"dark\" and prefers-color-scheme: dark differ");
        assertTrue(light().keySet().containsAll(system.keySet()), "a dark colour without a light one");
    }

    private static void check(List<String> low, String theme, Map<String, String> colours, String fg, String bg,
            double minimum) {
        double ratio = contrast(colours.get(fg), colours.get(bg));
        if (ratio < minimum) {
            low.add(String.format("%s: %s on %s = %.2f (< %.1f)", theme, fg, bg, ratio, minimum));
        }
    }

    private static Map<String, String> light() throws IOException {
        String css = css();
        return tokens(block(css, css.indexOf(":root {")));
    }

    /** The light colours overridden by the explicit dark theme. */
    private static Map<String, String> dark() throws IOException {
        String css = css();
        Map<String, String> colours = new LinkedHashMap<>(light());
        colours.putAll(tokens(block(css, css.indexOf(":root[data-theme=\"dark\"] {"))));
        return colours;
    }

    private static String css() throws IOException {
        return Files.readString(CSS, StandardCharsets.UTF_8);
    }

    /** The declarations between the brace after {@code from} and its closing brace. */
    private static String block(String css, int from) {
        assertTrue(from >= 0, "block not found");
        int open = css.indexOf('{', from);
        return css.substring(open + 1, css.indexOf('}', open));
    }

    private static Map<String, String> tokens(String block) {
        Map<String, String> tokens = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(block);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2).toLowerCase());
        }
        return tokens;
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
