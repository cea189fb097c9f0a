package app.ballast.web.i18n;

import app.ballast.domain.AccountKind;
import app.ballast.domain.Severity;
import app.ballast.domain.Tier;
import app.ballast.domain.TransactionType;
import app.ballast.domain.WarningRule;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.MissedDates;
import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.portfolio.plans.PlanEventType;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.Side;
import app.ballast.web.jobs.JobOutcome;
import app.ballast.web.jobs.Misfire;
import app.ballast.web.jobs.TriggerKind;
import app.ballast.web.market.ProviderOutcome;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.policy.ExecutionStatus;
import app.ballast.web.policy.StopKind;
import app.ballast.web.policy.SuggestionKind;
import app.ballast.web.policy.SuggestionStatus;
import app.ballast.web.scoring.EventService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The message files of each bundle (msg, score, plan, ops, dash, ui, err, note) in English and Chinese against each other, their
 * interfaces, the templates and the enums whose constants they name.
 */
class MessagesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** The messages that name an enum's constants ({#when v}{#is 'CONSTANT'}…), with those constants. */
    private static final Map<String, List<String>> NAMED_CONSTANTS = new LinkedHashMap<>();

    static {
        NAMED_CONSTANTS.put("tier", names(Tier.values()));
        NAMED_CONSTANTS.put("tx_type", names(TransactionType.values()));
        NAMED_CONSTANTS.put("account_kind", names(AccountKind.values()));
        NAMED_CONSTANTS.put("event_kind", names(EventService.Kind.values()));
        NAMED_CONSTANTS.put("rule", names(WarningRule.values()));
        NAMED_CONSTANTS.put("severity", names(Severity.values()));
        NAMED_CONSTANTS.put("recommendation", names(Recommendation.values()));
        NAMED_CONSTANTS.put("side", names(Side.values()));
        NAMED_CONSTANTS.put("rebalance_mode", names(RebalanceMode.values()));
        NAMED_CONSTANTS.put("suggestion_kind", names(SuggestionKind.values()));
        NAMED_CONSTANTS.put("suggestion_status", names(SuggestionStatus.values()));
        NAMED_CONSTANTS.put("execution_status", names(ExecutionStatus.values()));
        NAMED_CONSTANTS.put("stop_kind", names(StopKind.values()));
        NAMED_CONSTANTS.put("stop_status", List.of("ACTIVE", "WAITING", "TRIGGERED")); // StopView.status()
        NAMED_CONSTANTS.put("trigger_kind", names(PlanEventType.values()));
        NAMED_CONSTANTS.put("dca_frequency", names(Frequency.values()));
        NAMED_CONSTANTS.put("weekday", names(DayOfWeek.values()));
        NAMED_CONSTANTS.put("dca_every_weekday", names(DayOfWeek.values()));
        NAMED_CONSTANTS.put("dca_every_other_weekday", names(DayOfWeek.values()));
        NAMED_CONSTANTS.put("dimension", Arrays.stream(Dimension.values()).map(Dimension::key).toList());
        NAMED_CONSTANTS.put("dimension_short", Arrays.stream(Dimension.values()).map(Dimension::key).toList());
        NAMED_CONSTANTS.put("dimension_zh", Arrays.stream(Dimension.values()).map(Dimension::key).toList());
        NAMED_CONSTANTS.put("profiles_weight", Arrays.stream(Dimension.values()).map(Dimension::key).toList());
        NAMED_CONSTANTS.put("criterion", Arrays.stream(Criterion.values()).map(Criterion::path).toList());
        NAMED_CONSTANTS.put("criterion_zh", Arrays.stream(Criterion.values()).map(Criterion::path).toList());
        NAMED_CONSTANTS.put("missed_dates", names(MissedDates.values()));
        NAMED_CONSTANTS.put("notification_kind", names(NotificationKind.values()));
        NAMED_CONSTANTS.put("provider_outcome", names(ProviderOutcome.Outcome.values()));
        List<String> jobOutcomes = new ArrayList<>(names(JobOutcome.values()));
        jobOutcomes.add("RUNNING"); // JobStatus.lastOutcome() while a run is in progress
        NAMED_CONSTANTS.put("job_outcome", jobOutcomes);
        NAMED_CONSTANTS.put("job_trigger", names(TriggerKind.values()));
        NAMED_CONSTANTS.put("job_misfire", names(Misfire.values()));
    }

    /** Each bundle's namespace and interface. */
    private static final Map<String, Class<?>> BUNDLES = Map.of("msg", Messages.class, "score", ScoringMessages.class,
            "plan", PolicyMessages.class, "ops", OpsMessages.class, "dash", DashMessages.class,
            "ui", UiMessages.class, "err", ErrMessages.class, "note", NoteMessages.class);

    /**
     * Bundles whose messages are not called by name: Java composes the English text and {@link Texts} finds the
     * message by its pattern (TextsTest shows the texts of the modules are recognised).
     */
    private static final Set<String> BY_PATTERN = Set.of("err", "note");

    @Test
    void chineseHasEveryEnglishKeyAndNoOther() {
        for (String bundle : BUNDLES.keySet()) {
            Set<String> english = load(bundle + "_en.properties").stringPropertyNames();
            Set<String> chinese = load(bundle + "_zh-CN.properties").stringPropertyNames();
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(chinese);
            Set<String> extra = new TreeSet<>(chinese);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, bundle + ": keys without a Chinese text");
            assertEquals(Set.of(), extra, bundle + ": Chinese keys without an English one");
        }
    }

    @Test
    void noTextIsBlankOrLeftInEnglishInTheChineseFile() {
        Properties english = all("en");
        Properties chinese = all("zh-CN");
        List<String> suspicious = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String zh = chinese.getProperty(key, "");
            boolean hasCjk = zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean sameAsEnglish = zh.equals(english.getProperty(key));
            if (zh.isBlank() || (sameAsEnglish && english.getProperty(key).matches(".*[a-z]{3,}.*") && !hasCjk
                    && !UNTRANSLATED.contains(key))) {
                suspicious.add(key + "=" + zh);
            }
        }
        assertEquals(List.of(), suspicious, "blank or English texts in the *_zh-CN.properties files");
    }

    /** Texts that are the same in both languages (a name, a code). */
    private static final Set<String> UNTRANSLATED = Set.of();

    @Test
    void everyMessageIsUsedByATemplateOrAPage() throws IOException {
        String templates = readAll(TEMPLATES, ".html");
        String java = readAll(JAVA, ".java");
        List<String> unused = new ArrayList<>();
        Set<String> byPattern = new TreeSet<>();
        BY_PATTERN.forEach(bundle -> byPattern.addAll(load(bundle + "_en.properties").stringPropertyNames()));
        for (String key : all("en").stringPropertyNames()) {
            if (byPattern.contains(key)) {
                continue;
            }
            boolean inTemplate = Pattern.compile("(" + String.join("|", BUNDLES.keySet()) + "):" + key + "\\b(?!_)").matcher(templates).find();
            boolean inJava = Pattern.compile("\\." + key + "\\(").matcher(java).find();
            if (!inTemplate && !inJava) {
                unused.add(key);
            }
        }
        unused.sort(null);
        assertEquals(List.of(), unused, "messages no template or page uses");
    }

    @Test
    void everyMessageHasItsMethodAndEveryMethodItsMessage() {
        BUNDLES.forEach((bundle, type) -> {
            Set<String> methods = Arrays.stream(type.getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames()), methods, bundle);
        });
    }

    @Test
    void noBundleGrowsLargeEnoughForQuarkusToSplitItsResolver() {
        BUNDLES.forEach((bundle, type) -> assertTrue(type.getDeclaredMethods().length < 200,
                bundle + " has " + type.getDeclaredMethods().length + " messages: start another bundle (docs/i18n.md)"));
    }

    @Test
    void messagesNamingConstantsNameEveryConstantInBothLanguages() {
        for (String file : List.of("en", "zh-CN")) {
            Properties messages = all(file);
            NAMED_CONSTANTS.forEach((key, constants) -> {
                String text = messages.getProperty(key, "");
                for (String constant : constants) {
                    assertTrue(text.contains("{#is '" + constant + "'}"), file + ": " + key + " does not name " + constant);
                }
            });
        }
    }

    @Test
    void recommendationsAndPlansUseTheSeedsChineseNames() {
        Properties chinese = all("zh-CN");
        String recommendation = chinese.getProperty("recommendation");
        for (String name : List.of("{#is 'STRONG_BUY'}强烈推荐{", "{#is 'BUY'}推荐{", "{#is 'CAUTIOUS'}谨慎推荐{",
                "{#is 'AVOID'}不推荐{", "{#is 'STRONG_AVOID'}强烈不推荐{")) {
            assertTrue(recommendation.contains(name), recommendation + " lacks " + name);
        }
        assertEquals("定投计划", chinese.getProperty("plans_dca_title"));
        assertEquals("动态止损", chinese.getProperty("plans_stops_title"));
        assertEquals("分批止盈", chinese.getProperty("plans_ladders_title"));
        assertTrue(chinese.getProperty("criterion").contains("{#is 'risk.project'}项目特定风险{"));
    }

    @Test
    void patternMessagesArePlainTextsWithTheSameParametersInBothLanguages() {
        Pattern parameter = Pattern.compile("\\{(\\w+)}");
        for (String bundle : BY_PATTERN) {
            Properties english = load(bundle + "_en.properties");
            Properties chinese = load(bundle + "_zh-CN.properties");
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                assertTrue(!en.contains("{#") && !en.contains("{/"), key + ": a pattern has no sections: " + en);
                Set<String> names = new TreeSet<>(parameter.matcher(en).results().map(r -> r.group(1)).toList());
                Set<String> zhNames = new TreeSet<>(parameter.matcher(chinese.getProperty(key, "")).results()
                        .map(r -> r.group(1)).toList());
                assertEquals(names, zhNames, key + ": the parameters of the Chinese text");
            }
        }
    }

    /** The messages of every bundle in one language ("en", "zh-CN"); keys are unique across bundles. */
    private static Properties all(String language) {
        Properties all = new Properties();
        for (String bundle : BUNDLES.keySet()) {
            Properties one = load(bundle + "_" + language + ".properties");
            for (String key : one.stringPropertyNames()) {
                assertTrue(all.setProperty(key, one.getProperty(key)) == null, "key in two bundles: " + key);
            }
        }
        return all;
    }

    private static Properties load(String name) {
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(name), StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
            return all.toString();
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
