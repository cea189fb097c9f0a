package app.ballast.web.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * Headless Debian Chromium driven by Selenium, with the flags that work on these machines
 * (no sandbox as root, no background networking on a closed network, a fresh profile).
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    /** The system property under which the open browser offers {@link ScreenshotOnFailure} its screenshot. */
    private static final String OPEN_BROWSER = "ballast.test.open-browser";

    /** Takes a screenshot named so and answers where it is and which page it shows. */
    private final Function<String, String> failureScreenshot;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.failureScreenshot = name -> screenshot(name).toAbsolutePath() + " (of " + driver.getCurrentUrl() + ")";
        System.getProperties().put(OPEN_BROWSER, failureScreenshot);
    }

    public static Browser start(String language) {
        try {
            Path profile = Files.createTempDirectory("ballast-chromium");
            ChromeOptions options = new ChromeOptions();
            String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
            if (Files.exists(Path.of(binary))) {
                options.setBinary(binary);
            }
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1400,1000", "--lang=" + language,
                    // headless Chromium sends Accept-Language from this switch, not from --lang
                    "--accept-lang=" + language,
                    "--user-data-dir=" + profile.toAbsolutePath());
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            return new Browser(new ChromeDriver(options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits up to 20 s (a loaded machine), looking again when the page was replaced under an element being read
     * (a form that posts and redirects, a reload).
     */
    public WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    // ---- steps browser tests share (here rather than in BrowserTest, so a test's own private helper of the
    // ---- same name never clashes with an inherited one)

    /** Elements are found by id, name and data-testid (and routes), never by styling: this is a data-testid. */
    public static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /** The text of the element with this data-testid. */
    public String testText(String testId) {
        return text(testId(testId));
    }

    /** The page's h1. */
    public String heading() {
        return text(By.tagName("h1"));
    }

    public void awaitHeading(String text) {
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** Waits until the element with this data-testid shows {@code text}. */
    public void awaitText(String testId, String text) {
        waiting().until(ExpectedConditions.textToBe(testId(testId), text));
    }

    /** Replaces the value of the input with this id. */
    public void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Chooses the option with this value in the select with this id. */
    public void select(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    /** A date input takes what its locale shows, so set its value directly. */
    public void setDate(String id, String isoDate) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    /** The submit button of the form with this data-testid. */
    public WebElement submitButton(String formTestId) {
        return driver.findElement(By.cssSelector("[data-testid='" + formTestId + "'] button[type=submit]"));
    }

    /** Clicks the submit button of the form with this data-testid. */
    public void submit(String formTestId) {
        submitButton(formTestId).click();
    }

    /** Opens the folded {@code <details>} the form with this data-testid is in (if it is), by clicking its summary. */
    public void unfold(String formTestId) {
        List<WebElement> details = driver.findElement(testId(formTestId)).findElements(By.xpath("ancestor::details[1]"));
        if (!details.isEmpty() && details.get(0).getAttribute("open") == null) {
            details.get(0).findElement(By.tagName("summary")).click();
        }
        waiting().until(ExpectedConditions.visibilityOfElementLocated(testId(formTestId)));
    }

    /** Whether Chart.js drew a chart on the canvas with this id (waiting for it). */
    public boolean chartDrawn(String canvasId) {
        return waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.getElementById(arguments[0]);"
                        + "return !!(c && window.Chart && Chart.getChart(c) && c.width > 0);", canvasId));
    }

    /** Fails when the page logged a console error since the last look (a failed load, a script error, a CSP refusal). */
    public void assertNoConsoleErrors() {
        List<String> severe = severeConsoleMessages();
        if (!severe.isEmpty()) {
            throw new AssertionError("console: " + severe);
        }
    }

    /**
     * A number as a page shows it, whatever the locale's decoration: "$1,234.50", "-$3.00", "12.5 BTC", "US$1,234.50"
     * → 1234.50, -3.00, 12.5, 1234.50.
     */
    public static BigDecimal number(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new AssertionError("no number in \"" + text + "\"");
        }
        return new BigDecimal(digits);
    }

    /** Console messages at SEVERE level since the last call (failed loads, script errors, CSP refusals). */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** A screenshot of the viewport into target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        return screenshotTo(Path.of("target", "screenshots").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"));
    }

    /** A PNG screenshot of the viewport into {@code file} (its directory is created). */
    public Path screenshotTo(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the viewport exactly {@code width} x {@code height} CSS pixels at one device pixel each (so a
     * screenshot is that size); {@code mobile} emulates a phone (the meta viewport applies, scrollbars overlay).
     */
    public void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    @Override
    public void close() {
        System.getProperties().remove(OPEN_BROWSER, failureScreenshot);
        driver.quit();
        try (var walk = Files.walk(profile)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }

    /**
     * Saves a screenshot of the page a failing browser test was on, target/screenshots/FAILED-{class}-{test}.png,
     * prints its path and adds it to the failure (as a suppressed exception, so the test report shows it too). It
     * runs when the test method throws, before {@code @AfterEach} closes the browser.
     *
     * <p>A {@code @QuarkusTest} runs its methods on an instance of the class loaded by Quarkus, not on the one
     * JUnit hands to extensions, and the two see different statics. So the open browser registers a JDK
     * {@link Function} (the one type both class loaders share) in the system properties, and this extension
     * calls it.
     */
    public static final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
        @Override
        @SuppressWarnings("unchecked")
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            try {
                Object open = System.getProperties().get(OPEN_BROWSER);
                if (open instanceof Function<?, ?> screenshot) {
                    String where = ((Function<String, String>) screenshot).apply("FAILED-"
                            + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                    System.err.println("Screenshot of the failing page: " + where);
                    failure.addSuppressed(new FailureScreenshot(where));
                } else {
                    System.err.println("No screenshot of the failing page: no browser is open");
                }
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    /** Where a failing test's screenshot is: shown among the failure's suppressed exceptions. */
    static final class FailureScreenshot extends RuntimeException {
        FailureScreenshot(String where) {
            super("Screenshot of the failing page: " + where, null, false, false);
        }
    }
}
