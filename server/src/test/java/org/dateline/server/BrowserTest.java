package org.dateline.server;

import org.dateline.ingest.ArticleReader;
import org.dateline.ingest.ReadResult;
import org.dateline.model.Metadata;
import org.dateline.pipeline.Analyzer;
import org.dateline.store.Ingester;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web UI in real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run):
 * search, open an article, click a quote and see its speaker, open the actor and see its timeline,
 * see the events map; article text with markup stays text. Screenshots go to target/screenshots.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String CORPUS = """
            {"id":"talks","title":"Blinken meets Wang in Jakarta","published":"2023-07-14","source":"Wire","text":"Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Jakarta on Thursday.\\n\\n\\"We had a candid conversation about arms control,\\" Blinken told reporters after the meeting."}
            {"id":"visit","title":"Blinken to visit Beijing","published":"2023-06-10","source":"Daily","text":"Secretary of State Antony Blinken will travel to Beijing next week to meet Chinese President Xi Jinping, the State Department said on Friday."}
            {"id":"xss","title":"Markup in a story <b>bold</b>","published":"2023-07-20","source":"Blog","text":"A reader wrote <script>alert(1)</script> and \\"><img src=x onerror=alert(2)> in a comment about arms control, the editor said."}
            """;

    @TempDir
    static Path dir;
    static Store store;
    static DatelineServer server;
    static String base;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian chromium and chromedriver are not installed");
        store = Store.open(dir.resolve("ui.db"));
        try (Stream<ReadResult> items = new ArticleReader(Metadata.empty())
                .read("corpus.jsonl", new ByteArrayInputStream(CORPUS.getBytes(StandardCharsets.UTF_8)))) {
            new Ingester(store, Analyzer.shared(), 2).ingest(items, null);
        }
        server = new DatelineServer(store, Analyzer.shared(), new DatelineServer.Config("127.0.0.1", 0, "t", 1_000_000, 2));
        base = "http://127.0.0.1:" + server.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory(dir, "chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchArticleQuoteSpeakerActorTimelineAndMap() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.get(base + "/");
        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("arms control");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.result")));
        List<WebElement> results = driver.findElements(By.cssSelector("a.result"));
        assertTrue(results.size() >= 1);
        assertFalse(driver.findElements(By.tagName("mark")).isEmpty(), "matched words are marked");
        shot("1-search");

        driver.findElement(By.linkText("Blinken meets Wang in Jakarta")).click();
        WebElement quote = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("span.quote")));
        quote.click();
        WebElement speaker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speaker")));
        assertTrue(speaker.getText().contains("Antony Blinken"), speaker.getText());
        assertFalse(driver.findElements(By.cssSelector("span.trigger")).isEmpty(), "the meeting's trigger is marked");
        shot("2-article-quote-speaker");

        driver.findElement(By.cssSelector("a.actor[href^='/actor/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline rect")));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Antony Blinken"));
        assertFalse(driver.findElements(By.cssSelector("ol.partners li")).isEmpty(), "who the actor deals with");
        shot("3-actor-timeline");

        driver.get(base + "/events");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map circle")));
        shot("4-events-map");
    }

    @Test
    void articleMarkupIsShownAsText() throws Exception {
        driver.get(base + "/?q=editor");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.result")));
        driver.findElement(By.cssSelector("a.result")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".text p")));
        String text = driver.findElement(By.cssSelector(".text")).getText();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("\"><img src=x onerror=alert(2)>"), text);
        assertTrue(driver.findElements(By.cssSelector(".text img, .text script")).isEmpty(), "no element came from article text");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("<b>bold</b>"), "titles are text too");
        shot("5-escaped-markup");
    }
}
