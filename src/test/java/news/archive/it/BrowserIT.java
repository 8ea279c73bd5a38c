package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import news.archive.Jar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
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
 * {@code archive serve} in the machine's own Chromium, headless, driven through its ChromeDriver:
 * type a query, see the hits and their count, open a hit, follow its story, go back; no console
 * errors; screenshots under {@code target/screenshots/}. Skipped, saying why, where Chromium or its
 * driver is not installed ({@code CHROMIUM} and {@code CHROMEDRIVER} name others).
 */
class BrowserIT {

  private static final Path CHROMIUM = Path.of(env("CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Far beyond what a page needs on any machine: the waits end when the state shows, not then. */
  private static final Duration PATIENCE = Duration.ofSeconds(Jar.HUNG_SECONDS);

  @TempDir Path tmp;

  private Serving serving;
  private WebDriver browser;
  private WebDriverWait waiting;

  private static String env(String name, String otherwise) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? otherwise : v;
  }

  @BeforeEach
  void serveAndOpen() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no Chromium at "
            + CHROMIUM
            + " or no ChromeDriver at "
            + DRIVER
            + " (apt-get install chromium chromium-driver)");
    Jar jar = new Jar(tmp.resolve("store"), tmp);
    assertEquals(0, jar.run("import", "--quiet", "seeds").code());
    serving = Serving.start(jar);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium")),
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    waiting = new WebDriverWait(browser, PATIENCE);
    Files.createDirectories(SHOTS);
  }

  @AfterEach
  void close() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (serving != null) {
      serving.close();
    }
  }

  @Test
  void typeAQueryOpenAHitFollowItsStoryAndGoBack() throws IOException {
    browser.get(serving.url);
    waiting.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".count"), "2 articles"));

    // "/" puts the cursor in the search box; the hits follow the typing
    browser.findElement(By.tagName("body")).sendKeys("/");
    WebElement box = browser.switchTo().activeElement();
    assertEquals("q", box.getAttribute("id"), "/ focuses the search box");
    box.sendKeys("Idlib");
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "2 articles match"));
    waiting.until(ExpectedConditions.urlContains("/search?q=Idlib"));
    List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits li.item h2 a"));
    assertEquals(2, hits.size());
    assertTrue(browser.findElements(By.cssSelector("ol.hits mark")).size() >= 2, "marked words");
    shot("search");

    String title = hits.get(0).getText();
    hits.get(0).click();
    waiting.until(ExpectedConditions.textToBe(By.id("title"), title));
    shot("article");

    WebElement story = browser.findElement(By.id("story-link"));
    story.click();
    waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("story-title")));
    assertTrue(browser.getCurrentUrl().contains("/story/"), browser.getCurrentUrl());
    assertEquals(2, browser.findElements(By.cssSelector("ol.items li.item")).size());

    browser.navigate().back();
    waiting.until(ExpectedConditions.textToBe(By.id("title"), title));
    browser.navigate().back();
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "2 articles match"));
    assertTrue(browser.getCurrentUrl().contains("q=Idlib"), browser.getCurrentUrl());

    // a query that cannot be read is said in place, with where
    WebElement again = browser.findElement(By.id("q"));
    again.sendKeys(Keys.END, " AND");
    waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
    assertTrue(browser.findElement(By.id("problem")).getText().startsWith("Cannot read the query"));

    noConsoleErrors();
  }

  @Test
  void atPhoneWidthNothingRunsOffTheScreen() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(serving.url + "search?q=Idlib");
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "2 articles match"));
    shot("search-phone");
    browser.get(serving.url + "article/1faaa34bf67940d7");
    waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
    shot("article-phone");
    Map<?, ?> sizes =
        (Map<?, ?>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return {page: document.documentElement.scrollWidth, view: window.innerWidth};");
    assertTrue(
        ((Number) sizes.get("page")).intValue() <= ((Number) sizes.get("view")).intValue(),
        "no sideways scrolling: " + sizes);
    noConsoleErrors();
  }

  private void noConsoleErrors() {
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "console errors");
    // and the console is really read: an error written now is found
    ((JavascriptExecutor) browser).executeScript("console.error('probe of the console');");
    assertTrue(
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .anyMatch(e -> e.getMessage().contains("probe of the console")),
        "the browser's console is read");
  }

  private void shot(String name) throws IOException {
    Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
