package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import news.archive.Jar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
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
 * type a query, see the hits and their count, open a hit, follow its story, go back; the
 * histogram's time axis, the story box, the correction form; no console errors; screenshots under
 * {@code target/screenshots/}. Skipped, saying why, where Chromium or its driver is not installed
 * ({@code CHROMIUM} and {@code CHROMEDRIVER} name others).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class BrowserIT {

  private static final Path CHROMIUM = Path.of(env("CHROMIUM", "/usr/bin/chromium"));
  private static final Path DRIVER = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
  private static final Path SHOTS = Path.of("target", "screenshots");

  /** Far beyond what a page needs on any machine: the waits end when the state shows, not then. */
  private static final Duration PATIENCE = Duration.ofSeconds(Jar.HUNG_SECONDS);

  @TempDir Path tmp;

  private Jar jar;
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
    jar = new Jar(tmp.resolve("store"), tmp);
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

  /** A bar of the histogram as drawn: what it says and where it is, in pixels. */
  private record Bar(String said, double left, double right, String title) {}

  @Test
  void theHistogramIsATimeAxisWithItsUndatedHitsApart() throws Exception {
    importTimeline();
    browser.get(serving.url + "search?q=Kivu");
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "4 articles match"));
    shot("histogram");
    List<Bar> bars = new ArrayList<>();
    for (WebElement bar : browser.findElements(By.cssSelector("figure.histogram .bar"))) {
      WebElement rect = bar.findElement(By.tagName("rect"));
      Rectangle r = rect.getRect();
      String title =
          (String)
              ((JavascriptExecutor) browser)
                  .executeScript("return arguments[0].querySelector('title').textContent;", rect);
      bars.add(new Bar(bar.getAttribute("aria-label"), r.getX(), r.getX() + r.getWidth(), title));
    }
    assertEquals(
        List.of("2018-06: 2 articles", "2018-09: 1 article", "undated: 1 article, not on the axis"),
        bars.stream().map(Bar::said).toList(),
        "a bar for each period with articles, and the undated apart");
    for (Bar b : bars) {
      assertEquals(b.said(), b.title(), "each bar's count shows on hover");
    }
    Bar june = bars.get(0);
    Bar september = bars.get(1);
    Bar undated = bars.get(2);
    assertTrue(september.left() > june.right(), "later to the right");
    assertTrue(undated.left() > september.right(), "the undated after the axis");
    // July and August have their place between, with no bar in it
    Map<String, Double> ticks = new LinkedHashMap<>();
    for (WebElement t : browser.findElements(By.cssSelector("figure.histogram text.tick-label"))) {
      Rectangle r = t.getRect();
      ticks.put(t.getText(), r.getX() + r.getWidth() / 2.0);
    }
    assertTrue(ticks.keySet().containsAll(List.of("2018-06", "2018-07", "2018-08", "2018-09")));
    assertTrue(ticks.containsKey("undated"), ticks.toString());
    for (String empty : List.of("2018-07", "2018-08")) {
      double at = ticks.get(empty);
      assertTrue(at > june.right() && at < september.left(), empty + " is a gap: " + ticks);
    }
    assertTrue(june.right() - june.left() < 60, "a bar, not a block: " + june);
    // a bar narrows the search to its month
    browser.findElement(By.cssSelector("figure.histogram a.bar")).click();
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "2 articles match"));
    assertTrue(browser.getCurrentUrl().contains("since=2018-06-01&until=2018-06-30"));
    noConsoleErrors();
  }

  @Test
  void theStoryBoxSaysItIsAStoryAndIsAbsentForAnArticleAlone() throws Exception {
    importTimeline();
    browser.get(serving.url + "article/1faaa34bf67940d7");
    WebElement link =
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("story-link")));
    assertTrue(link.getText().startsWith("Story: 2 articles"), link.getText());
    assertTrue(link.getAttribute("href").endsWith("/story/1faaa34bf67940d7"));
    assertTrue(
        browser.findElement(By.cssSelector("#story .story-label")).getText().contains("label"));
    shot("article-story");
    browser.get(serving.url + "search?q=methane");
    waiting.until(ExpectedConditions.textToBe(By.id("count"), "1 article matches"));
    browser.findElement(By.cssSelector("ol.hits li.item h2 a")).click();
    waiting.until(
        ExpectedConditions.textToBe(
            By.id("title"), "Methane plant on Lake Kivu doubles its output"));
    assertEquals(List.of(), browser.findElements(By.id("story")), "a story of one: no box");
    noConsoleErrors();
  }

  @Test
  void underWriteTheCorrectionsCheckboxSitsBesideItsLabel() throws Exception {
    serving.close();
    serving = Serving.start(jar, "--write");
    browser.get(serving.url + "article/1faaa34bf67940d7");
    WebElement box = waiting.until(ExpectedConditions.presenceOfElementLocated(By.name("unset")));
    WebElement label = box.findElement(By.xpath("./ancestor::label"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
    shot("article-write");
    Rectangle b = box.getRect();
    Rectangle l = label.getRect();
    assertTrue(b.getWidth() < 40, "a checkbox, not a bar: " + b.getWidth());
    assertTrue(
        l.getHeight() < 2.5 * b.getHeight() + 8, "box and words on one line: " + l.getHeight());
    label.click();
    assertTrue(box.isSelected(), "its words check it");
    noConsoleErrors();
  }

  /**
   * Imports the timeline fixtures into the store being served, and waits until the server has seen
   * the import's commit (it looks a few times a second): its API then finds the four.
   */
  private void importTimeline() throws Exception {
    assertEquals(0, jar.run("import", "--quiet", "src/test/resources/timeline").code(), "import");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest count =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(serving.url + "api/search?q=Kivu&count=1"))
            .build();
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    String body = "";
    while (System.nanoTime() < until) {
      body = http.send(count, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      if (body.contains("\"total\":4")) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the server never saw the import: " + body);
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
