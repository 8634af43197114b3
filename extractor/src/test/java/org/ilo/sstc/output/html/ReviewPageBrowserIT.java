package org.ilo.sstc.output.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ilo.sstc.output.ReviewedBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The review pages of the samples and of a hostile made-up compendium, opened in real headless
 * Chromium (Debian's {@code chromium} and {@code chromedriver}; CI installs them). Screenshots go to
 * {@code target/review-pages/}.
 */
class ReviewPageBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "review-pages");

    /** Held, so that the level set stays: Selenium warns of CDP versions it lacks, which these tests never use. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): the browser test is skipped");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        // The driver is named, so Selenium Manager never looks for (or downloads) one.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String page) throws Exception {
        browser.get(ReviewedBatch.outputDir().resolve(page).toUri().toString());
        Files.write(SCREENSHOTS.resolve(page + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static List<WebElement> practices() {
        return browser.findElements(By.cssSelector("section.practice"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sstc-good-practices-2020-2021.pdf", "sstc-good-practices-2020-2021.docx",
        "sstc-good-practices-2020-2021.tika.txt"})
    void sampleReviewPageShowsAllTwentyOnePracticesWithEveryField(String sample) throws Exception {
        open(sample + ".html");

        assertThat(practices()).hasSize(21).allMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.id("practice-count")).getText()).isEqualTo("21");
        WebElement first = practices().get(0);
        assertThat(first.findElement(By.cssSelector("tr[data-field='institution'] td")).getText()).isEqualTo("ILO");
        assertThat(first.findElement(By.cssSelector("tr[data-field='dates'] td .null")).isDisplayed())
                .as("a field the document lacks is shown as null").isTrue();
        assertThat(first.findElement(By.cssSelector("table.countries")).getText()).contains("ETH", "Ethiopia");
        assertThat(first.findElements(By.cssSelector("table.links a[href^='http']"))).isNotEmpty();
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void pdfReviewPageShowsPicturesOfEachPracticesPages() throws Exception {
        open("sstc-good-practices-2020-2021.pdf.html");

        List<WebElement> pictures = practices().get(0).findElements(By.cssSelector("aside.source img"));
        assertThat(pictures).hasSize(2).allMatch(WebElement::isDisplayed);
        Object width = browser.executeScript("return arguments[0].naturalWidth", pictures.get(0));
        assertThat(((Number) width).intValue()).as("the picture decoded").isGreaterThan(400);
    }

    @Test
    void wordReviewPageSaysWhyItHasNoPagePictures() throws Exception {
        open("sstc-good-practices-2020-2021.docx.html");

        assertThat(browser.findElements(By.cssSelector("aside.source img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".pictures-note")).getText())
                .contains("No page pictures: a docx source has no fixed pages");
    }

    @Test
    void practiceWarningIsVisibleAtTheTopOfThePractice() throws Exception {
        open("sstc-good-practices-2020-2021.tika.txt.html");

        WebElement practice = browser.findElement(By.id("practice-21"));
        WebElement warning = practice.findElement(By.cssSelector(".practice-warnings li"));
        assertThat(warning.isDisplayed()).isTrue();
        assertThat(warning.getText()).isEqualTo("no 'funding sources' label found");
        assertThat(warning.getLocation().getY()).as("above the fields")
                .isLessThan(practice.findElement(By.cssSelector("table.fields")).getLocation().getY());
    }

    @Test
    void scriptInADocumentIsShownAsTextAndRunsNothing() throws Exception {
        open(ReviewedBatch.HOSTILE + ".html");

        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("main img"))).as("markup from the document is no element").isEmpty();
        WebElement practice = practices().get(0);
        assertThat(practice.findElement(By.cssSelector("tr[data-field='title'] td")).getText())
                .isEqualTo(ReviewedBatch.SCRIPT);
        assertThat(practice.findElement(By.cssSelector("tr[data-field='institution'] td")).getText())
                .isEqualTo(ReviewedBatch.MARKUP);
        assertThat(practice.findElement(By.cssSelector(".practice-warnings")).isDisplayed()).isTrue();
    }

    @Test
    void indexPageListsEveryInputWithItsPracticesAndLinksToItsReviewPage() throws Exception {
        open(IndexPageWriter.FILE);

        List<WebElement> rows = browser.findElements(By.cssSelector("tr.outcome"));
        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(WebElement::getText).anyMatch(t -> t.contains("sstc-good-practices-2020-2021.pdf")
                && t.contains("CONVERTED") && t.contains("21"));
        rows.get(0).findElement(By.linkText("review page")).click();
        assertThat(practices()).hasSize(21);
    }
}
