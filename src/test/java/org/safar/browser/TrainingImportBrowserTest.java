package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A programme manager opens a training of the monthly series, uploads a participant file, watches
 * the import's progress page and sees the result; a file with a bad row imports nothing and offers
 * the report.
 */
class TrainingImportBrowserTest extends BrowserTest {

  @Test
  void aParticipantFileIsImportedWithAProgressPageAndBadRowsAreReported() throws Exception {
    open("/login?lang=en");
    signIn("manager", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Trainings")).click();
    waitFor(By.id("trainings"));
    browser.findElement(By.linkText("Migration Service monthly training: February 2023")).click();
    waitFor(By.id("import-participants"));
    String before = browser.findElement(By.id("participant-total")).getText();
    assertThat(before).isEqualTo("5");

    StringBuilder csv = new StringBuilder("name,sex,institution,position,pre_score,post_score\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("Officer ").append(i).append(",F,Migration Service,Inspector,40,60\n");
    }
    Path file = Files.createTempFile("participants", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    browser.findElement(By.id("import-participants")).click();
    waitFor(By.id("start-import"));
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("start-import")).click();
    waitFor(By.id("import-status"));
    assertThat(browser.getCurrentUrl()).contains("/trainings/imports/");
    screenshot("training-import-progress");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-done")));
    assertThat(browser.findElement(By.id("import-done")).getText())
        .isEqualTo("20,000 participants were imported.");
    screenshot("training-import-done");
    browser.findElement(By.id("back-to-training")).click();
    waitForText(By.id("participant-total"), "20005");

    Path bad = Files.createTempFile("participants-bad", ".csv");
    Files.writeString(bad, "name,sex,post_score\nLate Comer,F,70\n", StandardCharsets.UTF_8);
    browser.findElement(By.id("import-participants")).click();
    waitFor(By.id("start-import"));
    browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
    browser.findElement(By.id("start-import")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("import-rejected")));
    assertThat(browser.findElement(By.id("import-problems")).getText())
        .contains("A post-test score needs a pre-test score");
    assertThat(browser.findElement(By.id("problems-csv")).getAttribute("href"))
        .endsWith("/problems.csv");
    screenshot("training-import-rejected");
    Files.deleteIfExists(file);
    Files.deleteIfExists(bad);
  }
}
