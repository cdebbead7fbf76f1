package org.safar.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safar.SafarIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journeys in Debian's headless Chromium. Without Chromium the tests skip and say why, unless
 * {@code -Dsafar.browser.required=true} (as CI runs them), which makes a missing browser a failure.
 */
@SafarIntegrationTest
abstract class BrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("safar.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("safar.chromedriver", "/usr/bin/chromedriver"));

  static WebDriver browser;
  static Path profile;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why =
          "Browser tests need Chromium at "
              + CHROMIUM
              + " and ChromeDriver at "
              + CHROMEDRIVER
              + " (apt-get install chromium chromium-driver).";
      if (Boolean.getBoolean("safar.browser.required")) {
        fail(why + " They are required here (safar.browser.required=true).");
      }
      Assumptions.abort(why + " Skipping.");
    }
    profile = Files.createTempDirectory("safar-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
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
        "--lang=en-US",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void open(String path) {
    browser.get(url(path));
  }

  void signIn(String username, String password) {
    open("/login");
    browser.findElement(By.id("username")).clear();
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("sign-in")).click();
  }

  /**
   * A wait of up to 10 s that looks again when the page changed under it: an element found just
   * before a form's redirect is gone when its text is read, which Chromium reports as a stale
   * element or as an inspector error ("Node ... does not belong to the document").
   */
  WebDriverWait patiently() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.WebDriverException.class);
    return wait;
  }

  /** Waits until the element shows exactly this text (a page after a post, not the one before). */
  void waitForText(By element, String text) {
    patiently().until(ExpectedConditions.textToBe(element, text));
  }

  /** Waits until the element holds this text somewhere in it. */
  void waitForTextIn(By element, String text) {
    patiently().until(ExpectedConditions.textToBePresentInElementLocated(element, text));
  }

  void waitFor(By element) {
    patiently().until(ExpectedConditions.presenceOfElementLocated(element));
  }

  /**
   * Clicks the element, finding it again if the page changed between finding and clicking (a link
   * present on the page before a redirect and on the one after).
   */
  void clickOn(By element) {
    patiently()
        .until(
            d -> {
              d.findElement(element).click();
              return true;
            });
  }

  String htmlAttribute(String name) {
    return browser.findElement(By.tagName("html")).getAttribute(name);
  }

  /** Keeps a picture of the page in target/screenshots, for a person to look at. */
  void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(
        shot.toPath(),
        target.resolve(name + ".png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Ticks the checkbox of a fieldset by its label's text. */
  protected void tick(String label) {
    for (org.openqa.selenium.WebElement l :
        browser.findElements(By.cssSelector("fieldset .check label"))) {
      if (l.getText().equals(label)) {
        l.click();
        return;
      }
    }
    throw new AssertionError("No checkbox labelled " + label);
  }

  /**
   * From a client's page: records the client's consent to give shelters her name but not her phone,
   * refers her to the demo shelter (which works in Safar) and sends it. The referral's path.
   */
  protected String referToDemoShelter(String reason) {
    browser.findElement(By.id("client-referrals")).click();
    waitFor(By.id("save-consent"));
    tick("Shelter");
    org.openqa.selenium.WebElement phone = browser.findElement(By.id("sharePhone1"));
    if (phone.isSelected()) {
      browser.findElement(By.cssSelector("label[for='sharePhone1']")).click();
    }
    browser.findElement(By.id("save-consent")).click();
    waitFor(By.id("consents"));
    org.assertj.core.api.Assertions.assertThat(browser.findElement(By.id("consents")).getText())
        .contains("In force");
    browser.findElement(By.id("new-referral")).click();
    waitFor(By.id("save-referral"));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("providerId")))
        .selectByVisibleText("Safe Home Dhaka (demo shelter)");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("service")))
        .selectByVisibleText("Shelter");
    browser.findElement(By.id("reason")).sendKeys(reason);
    browser.findElement(By.id("save-referral")).click();
    waitFor(By.id("send-referral"));
    clickOn(By.id("send-referral"));
    waitForText(By.id("referral-status"), "Sent");
    return browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
  }
}
