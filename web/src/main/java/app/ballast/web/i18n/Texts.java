package app.ballast.web.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts composed in Java outside the pages (field errors of the domain and the services, the JSON API's
 * errors, warnings, rebalance reasons, notifications, job errors, CSV import problems) in another language.
 *
 * <p>Those modules compose their texts in English (the plain Java modules know nothing of Quarkus, and a
 * stored notification or job error is kept as it was composed). Each such text has a message in the
 * {@code err} ({@link ErrMessages}) or {@code note} ({@link NoteMessages}) bundle whose English text is the
 * text's pattern: {@code {field} must be greater than 0, was {was}}. A text is recognised by the English
 * pattern it matches (the most specific one when several do), its {@code {names}} are taken from it, and
 * the message of the same key renders it in the language asked for. A parameter named {@code problem},
 * {@code reason} or {@code cause} is itself such a text and is translated too (a CSV line's problem, a
 * refused row). A text no pattern matches is shown as it is (English): adding its pattern to both bundle
 * files is all it takes (docs/i18n.md).
 */
public final class Texts {

    /** Parameters that hold another composed text, translated in their turn. */
    private static final Set<String> NESTED = Set.of("problem", "reason", "cause", "action", "rule", "subject");

    /**
     * Parameters that hold a list of composed texts, by the separator the English puts between them; each is
     * translated and they are joined again with the Chinese separator.
     */
    private static final Map<String, String[]> LISTS = Map.of(
            "parts", new String[] {", ", "，"},
            "reasons", new String[] {" and ", "，且"},
            "yields", new String[] {", and ", "；"},
            "why", new String[] {"; ", "；"});

    private static final Logger LOG = Logger.getLogger(Texts.class);

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /**
     * Parameters that are one word (a field's path, a symbol, a number, a date, a percentage): they match no
     * space, so that "buy-only does not sell: SOL stays at…" is not read as the symbol "buy-only does not
     * sell: SOL". Any other parameter (a name, an amount with its currency, a nested text) matches any text.
     */
    private static final Set<String> WORDS = Set.of("field", "symbol", "date", "quantity", "price", "id", "line",
            "row", "column", "count", "today", "time", "step", "score", "threshold", "index", "weight", "cap", "share",
            "from", "to", "trail", "stop", "fraction", "level", "gain", "cost", "mvrv", "factor", "quarter", "start",
            "end", "previous", "last", "plan", "max", "held", "fee", "ratio", "days", "months", "age", "high", "low",
            "highest", "latest", "healthy", "total", "target", "real", "revenue", "inflation", "apy", "multiple",
            "stable", "integers", "decimals", "digits", "band", "instance");

    /**
     * One message: its key, its bundle and the pattern of its English text with the names of its parameters;
     * {@code fragment}, its longest piece of literal text, lets most texts be passed over without the regex.
     */
    record Entry(String key, Class<?> bundle, Pattern pattern, List<String> names, int literal, String fragment) {

        boolean mayMatch(String text) {
            return text.contains(fragment);
        }
    }

    /** A text recognised: the message's key and the values of its parameters, by name. */
    public record Match(String key, Map<String, String> values) {
    }

    private static final class Holder {
        static final List<Entry> ENTRIES = load();
    }

    private static final Map<String, Method> METHODS = new java.util.concurrent.ConcurrentHashMap<>();

    private Texts() {
    }

    /** The text in the current request's language (English outside a request). */
    public static String current(String text) {
        return in(text, requestLocale());
    }

    /** The text in {@code locale}: unchanged in English, translated in Chinese when a pattern matches it. */
    public static String in(String text, Locale locale) {
        if (text == null || text.isEmpty() || !Languages.CHINESE.equals(locale)) {
            return text;
        }
        if (text.indexOf('\n') >= 0) { // a notification's body: one line at a time
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                lines.add(translate(line, 0));
            }
            return String.join("\n", lines);
        }
        return translate(text, 0);
    }

    /** The text in the language of the tag ("en", "zh-CN", null for English). */
    public static String in(String text, String languageTag) {
        Locale locale = Languages.fromTag(languageTag);
        return in(text, locale == null ? Languages.ENGLISH : locale);
    }

    /** The message whose English pattern the text matches, or null. */
    public static Match match(String text) {
        if (text == null) {
            return null;
        }
        for (Entry entry : Holder.ENTRIES) {
            if (!entry.mayMatch(text)) {
                continue;
            }
            Matcher m = entry.pattern().matcher(text);
            if (m.matches()) {
                Map<String, String> values = new HashMap<>();
                for (String name : entry.names()) {
                    values.put(name, m.group(name));
                }
                return new Match(entry.key(), values);
            }
        }
        return null;
    }

    /** The request's language, English outside a request. */
    public static Locale requestLocale() {
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            try (InstanceHandle<RequestLanguage> language = Arc.container().instance(RequestLanguage.class)) {
                if (language.isAvailable()) {
                    return language.get().locale();
                }
            } catch (RuntimeException outsideAnHttpRequest) {
                return Languages.ENGLISH;
            }
        }
        return Languages.ENGLISH;
    }

    private static String translate(String text, int depth) {
        if (depth > 3) {
            return text;
        }
        for (Entry entry : Holder.ENTRIES) {
            if (!entry.mayMatch(text)) {
                continue;
            }
            Matcher m = entry.pattern().matcher(text);
            if (!m.matches()) {
                continue;
            }
            try {
                Method method = METHODS.computeIfAbsent(entry.bundle().getName() + "." + entry.key(),
                        k -> method(entry.bundle(), entry.key()));
                Parameter[] parameters = method.getParameters();
                Object[] args = new Object[parameters.length];
                for (int i = 0; i < parameters.length; i++) {
                    String name = parameters[i].getName();
                    String value = entry.names().contains(name) ? m.group(name) : "";
                    args[i] = NESTED.contains(name) ? translate(value, depth + 1)
                            : LISTS.containsKey(name) ? list(value, LISTS.get(name), depth + 1) : value;
                }
                Object bundle = MessageBundles.get(entry.bundle(), Localized.Literal.of("zh-CN"));
                return String.valueOf(method.invoke(bundle, args));
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                LOG.warnf(e, "Cannot render %s in Chinese; shown in English", entry.key());
                return text;
            }
        }
        return text;
    }

    private static String list(String value, String[] separators, int depth) {
        StringBuilder joined = new StringBuilder();
        for (String item : value.split(Pattern.quote(separators[0]), -1)) {
            if (joined.length() > 0) {
                joined.append(separators[1]);
            }
            joined.append(translate(item, depth));
        }
        return joined.toString();
    }

    private static Method method(Class<?> bundle, String key) {
        for (Method method : bundle.getMethods()) {
            if (method.getName().equals(key)) {
                return method;
            }
        }
        throw new IllegalStateException(bundle.getSimpleName() + " has no method " + key);
    }

    static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        entries.addAll(load("messages/err_en.properties", ErrMessages.class));
        entries.addAll(load("messages/note_en.properties", NoteMessages.class));
        // The most specific first: the most literal text, then the fewest parameters.
        entries.sort(Comparator.comparingInt(Entry::literal).reversed()
                .thenComparingInt((Entry e) -> e.names().size()).thenComparing(Entry::key));
        return List.copyOf(entries);
    }

    private static List<Entry> load(String resource, Class<?> bundle) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            entries.add(entry(key, bundle, properties.getProperty(key)));
        }
        return entries;
    }

    /** The pattern of an English text: its {names} match any text, the rest itself. */
    static Entry entry(String key, Class<?> bundle, String english) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int literal = 0;
        String fragment = "";
        int at = 0;
        Matcher m = PARAMETER.matcher(english);
        while (m.find()) {
            String before = english.substring(at, m.start());
            regex.append(Pattern.quote(before));
            literal += before.length();
            fragment = before.length() > fragment.length() ? before : fragment;
            regex.append("(?<").append(m.group(1)).append(WORDS.contains(m.group(1)) ? ">\\S+?)" : ">.+?)");
            names.add(m.group(1));
            at = m.end();
        }
        String rest = english.substring(at);
        regex.append(Pattern.quote(rest));
        literal += rest.length();
        fragment = rest.length() > fragment.length() ? rest : fragment;
        return new Entry(key, bundle, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names), literal,
                fragment);
    }
}
