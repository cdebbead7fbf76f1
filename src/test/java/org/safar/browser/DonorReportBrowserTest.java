package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.safar.StaffClient;

/**
 * The M&E officer writes a donor report for the demo MRC project, has its PDF made on the progress
 * page, and the PDF opens: the download link gives a PDF, with the browser's own session, that
 * names the project and its indicators.
 */
class DonorReportBrowserTest extends BrowserTest {

  static final String PROJECT = "Migrant Resource Centres";

  @Test
  void theDonorPdfIsMadeOnAProgressPageAndOpens() throws Exception {
    open("/login?lang=en");
    signIn("mande", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Results")).click();
    waitFor(By.id("q"));
    browser.findElement(By.id("q")).sendKeys(PROJECT);
    browser.findElement(By.cssSelector("form.filters button")).click();
    patiently().until(d -> d.getCurrentUrl().contains("q="));
    browser.findElement(By.linkText(PROJECT)).click();
    waitFor(By.id("new-report"));

    browser.findElement(By.id("new-report")).click();
    waitFor(By.id("save-report"));
    browser.findElement(By.id("summary")).sendKeys("MRCs counselled migrants in Dhaka and Kabul.");
    browser.findElement(By.id("achievements")).sendKeys("Two centres opened new hotlines.");
    browser.findElement(By.id("save-report")).click();
    waitFor(By.id("donor-reports"));
    screenshot("donor-report-list");

    // the latest period comes first: the report just written covers the whole framework
    browser.findElement(By.cssSelector("#donor-reports button[value='pdf']")).click();
    waitFor(By.id("report-status"));
    assertThat(browser.getCurrentUrl()).contains("/results/report-jobs/");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Preparing the donor report (PDF)");
    screenshot("donor-report-progress");
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("report-download")));
    waitForText(By.id("report-state"), "Ready");
    String href = browser.findElement(By.id("report-download")).getAttribute("href");
    assertThat(href).contains("/results/report-jobs/").endsWith("/file");
    screenshot("donor-report-ready");

    // headless Chromium saves a PDF rather than showing it: fetch it as the browser would, with
    // its session cookie
    String cookies =
        browser.manage().getCookies().stream()
            .map((Cookie c) -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = StaffClient.pdfText(pdf.body());
    assertThat(text)
        .contains(PROJECT)
        .contains("MRCs counselled migrants in Dhaka and Kabul.")
        .contains("People counselled")
        .contains("Counselling sessions");

    // without the session the file is not there for anyone
    HttpResponse<byte[]> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(anonymous.statusCode()).isNotEqualTo(200);

    browser.findElement(By.id("back-to-reports")).click();
    waitFor(By.id("donor-reports"));
    browser.findElement(By.id("sign-out")).click();
  }
}
