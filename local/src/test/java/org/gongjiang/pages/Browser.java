package org.gongjiang.pages;

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
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium at a phone's size, as a voter opens a link inside WeChat: Debian's chromium and
 * chromedriver (Selenium Manager cannot download browsers on a closed network), a fresh profile each
 * time, the network features that would call Google switched off.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver"));
    private static final String INSTALL = "apt-get install -y chromium chromium-driver";
    private static final String WECHAT_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/156.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.50.2701(0x28003253) NetType/WIFI Language/zh_CN";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A phone-sized browser whose reader prefers Chinese. */
    public static Browser phone() {
        return open(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    /** A desktop-sized browser (the journalists' dashboard is read on both). */
    public static Browser desktop() {
        return open(1280, 900, false);
    }

    private static Browser open(int width, int height, boolean mobile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Chromium and ChromeDriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + "; install them with: " + INSTALL);
        }
        try {
            Path profile = Files.createTempDirectory("gongjiang-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-default-apps", "--disable-extensions", "--lang=zh-CN",
                    "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (mobile) {
                options.setExperimentalOption("mobileEmulation", Map.of(
                        "deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true),
                        "userAgent", WECHAT_ANDROID));
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Waits up to 15 s; on a timeout the page as it was is saved (target/screenshots/timeout-*.png) and its text told. */
    /**
     * Moves the page's clock by {@code offset} for every page opened afterwards, as the local stack's
     * clock is moved for the functions: the pages decide from the device's clock whether voting is open.
     */
    public Browser shiftClock(Duration offset) {
        String source = """
                (() => {
                  const offset = %d, RealDate = Date;
                  class ShiftedDate extends RealDate {
                    constructor(...parts) { if (parts.length === 0) { super(RealDate.now() + offset); } else { super(...parts); } }
                    static now() { return RealDate.now() + offset; }
                  }
                  window.Date = ShiftedDate;
                })();
                """.formatted(offset.toMillis());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        return this;
    }

    public <T> T await(Function<WebDriver, T> condition) {
        try {
            // a page that draws a list again while it is read makes the elements found stale: look again
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            String text = String.valueOf(script("return document.body ? document.body.innerText.slice(0, 600) : ''"));
            throw new AssertionError("waited 15 s at " + driver.getCurrentUrl() + " (screenshot " + shot + "); the page says: "
                    + text + "; console: " + consoleErrors(), e);
        }
    }

    public WebElement awaitVisible(By locator) {
        return await(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    /** Waits until the element's text contains the words. */
    public WebElement awaitText(By locator, String words) {
        return await(d -> {
            for (WebElement element : d.findElements(locator)) {
                if (element.getText().contains(words)) {
                    return element;
                }
            }
            return null;
        });
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves what the page shows under target/screenshots/ and answers the file. */
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

    /** The whole page, not only the viewport (for the committed screenshots). */
    public Path fullPageScreenshot(String name) {
        Object height = script("return Math.ceil(document.documentElement.scrollHeight)");
        Object width = script("return document.documentElement.clientWidth");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", ((Number) width).intValue(),
                "height", Math.min(((Number) height).intValue(), 4000), "deviceScaleFactor", 2, "mobile", true));
        try {
            return screenshot(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** axe-core's serious and critical violations of WCAG 2.1 A and AA on the page as it is now. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }

    /** The console's errors (a CSP refusal, a script failure). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get("browser").getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
