package app.ballast.web.browser;

import io.quarkus.qute.Engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The texts a page shows in one language, read from the message bundles themselves
 * (src/main/resources/messages/*_en.properties, *_zh-CN.properties), so browser tests check what the
 * translators wrote instead of a copy of it. A message with parameters or {@code {#when}} choices is rendered
 * with Qute: {@code get("recommendation", "v", "BUY")} is "Buy" in English and "推荐" in Chinese.
 */
final class Texts {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Engine ENGINE = Engine.builder().addDefaults().build();
    private static final Map<String, Texts> LOADED = new ConcurrentHashMap<>();

    private final String language;
    /** "key" and "bundle:key" to the message's template; a key two bundles share is only there as "bundle:key". */
    private final Map<String, String> messages;

    private Texts(String language, Map<String, String> messages) {
        this.language = language;
        this.messages = messages;
    }

    /** The texts of a browser language: "en-US" (the _en files) or "zh-CN". */
    static Texts of(String browserLanguage) {
        return LOADED.computeIfAbsent(browserLanguage, Texts::load);
    }

    private static Texts load(String browserLanguage) {
        String suffix = browserLanguage.startsWith("zh") ? "_zh-CN.properties" : "_en.properties";
        Map<String, String> messages = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                String bundle = file.getFileName().toString().replace(suffix, "");
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                for (String key : properties.stringPropertyNames()) {
                    messages.put(bundle + ":" + key, properties.getProperty(key));
                    seen.merge(key, 1, Integer::sum);
                    messages.put(key, properties.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the message bundles in " + MESSAGES.toAbsolutePath(), e);
        }
        seen.forEach((key, count) -> {
            if (count > 1) {
                messages.remove(key);
            }
        });
        return new Texts(browserLanguage, messages);
    }

    /** The browser language these texts are for: "en-US", "zh-CN". */
    String language() {
        return language;
    }

    /** Whether this is Chinese. */
    boolean chinese() {
        return language.startsWith("zh");
    }

    /**
     * The message {@code key} (or {@code bundle:key}) rendered with its parameters given as name, value pairs:
     * {@code get("card_title", "symbol", "ETH")}.
     */
    String get(String key, Object... nameValuePairs) {
        String template = messages.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no message " + key + " in the " + language
                    + " bundles (a key two bundles share needs its bundle: \"plan:" + key + "\")");
        }
        if (nameValuePairs.length == 0 && !template.contains("{")) {
            return template;
        }
        var instance = ENGINE.parse(template).instance();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            instance.data((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return instance.render();
    }
}
