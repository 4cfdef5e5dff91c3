package nl.opleidingsklimaat.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import nl.opleidingsklimaat.localstack.LocalProcesses;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by {@code bin/test}) driven
 * headless by Selenium: pages are tested as a resident or participant sees them, on a phone-sized window, with or
 * without JavaScript, checked by axe-core and photographed under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {
    public static final int PHONE_WIDTH = 360;
    public static final int PHONE_HEIGHT = 780;
    private static final int HEADLESS_MINIMUM_WIDTH = 500;
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path DRIVER =
            Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The WCAG 2.1 A and AA rules; a "serious" or "critical" finding fails the page. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(int width, int height, boolean javaScript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("No Chromium at " + CHROMIUM + " or ChromeDriver at " + DRIVER
                    + ": bin/test installs Debian's chromium and chromium-driver, or run"
                    + " 'apt-get install chromium chromium-driver'");
        }
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // the flags keep a closed network quiet: no first-run, sync, component or background fetches
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=nl-NL",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (width < HEADLESS_MINIMUM_WIDTH) {
            // headless Chromium keeps its window at least 500 px wide: a phone is emulated as DevTools does it
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
    }

    /** A phone of 360 by 780 CSS pixels with JavaScript on. */
    public static Browser phone() {
        return new Browser(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    /** A phone whose browser runs no JavaScript: every page must still work as plain forms and links. */
    public static Browser phoneWithoutJavaScript() {
        return new Browser(PHONE_WIDTH, PHONE_HEIGHT, false);
    }

    /** A laptop-sized window (the room's screen, a director reading a report). */
    public static Browser desktop() {
        return new Browser(1280, 900, true);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Sends the page's form by its first button and waits until the browser shows the page that answers it. */
    public void submitForm() {
        submit(By.cssSelector("main form button"));
    }

    /** Clicks the button and waits until the browser shows the page that answers the form. */
    public void submit(By button) {
        WebElement page = find(By.tagName("html"));
        find(button).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String title() {
        return driver.getTitle();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Saves what the window shows as {@code target/screenshots/<name>.png} for review. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page, one line each (empty when
     * the page passes). axe runs through the driver, so this works also in a browser without JavaScript for pages.
     */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /** What the page wrote to the console at level SEVERE: script errors and Content-Security-Policy refusals. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + where;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                LocalProcesses.deleteRecursively(profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
