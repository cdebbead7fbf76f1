package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The M&E officer sets up a project's results framework, defines "people counselled, by sex" and
 * sets a target; a counsellor in Dhaka records a session; the officer's dashboard has counted it.
 */
class ResultsJourneyBrowserTest extends BrowserTest {

  @Test
  void aSessionRecordedMovesTheDashboardAtOnce() throws Exception {
    open("/login?lang=en");
    signIn("mande", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Results")).click();
    waitFor(By.id("q"));
    browser.findElement(By.id("q")).sendKeys("Khatlon");
    browser.findElement(By.cssSelector("form.filters button")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("q=Khatlon"));
    browser.findElement(By.linkText("Families left behind in Khatlon")).click();
    waitFor(By.id("create-framework"));
    LocalDate today = LocalDate.now();
    setDate("startsOn", LocalDate.of(today.getYear() - 1, 1, 1));
    setDate("endsOn", LocalDate.of(today.getYear() + 1, 12, 31));
    browser.findElement(By.id("create-framework")).click();
    waitFor(By.id("add-result"));
    browser.findElement(By.id("resultCode")).sendKeys("1");
    browser
        .findElement(By.id("resultTitle"))
        .sendKeys("Families make informed migration decisions");
    browser.findElement(By.id("add-result")).click();
    waitForTextIn(By.tagName("main"), "Families make informed migration decisions");
    waitFor(By.id("new-indicator"));
    String dashboard = browser.getCurrentUrl().replaceAll("#.*", "");

    clickOn(By.id("new-indicator"));
    waitFor(By.id("save-indicator"));
    patiently().until(d -> d.findElement(By.id("code")).isDisplayed());
    browser.findElement(By.id("code")).sendKeys("1.a");
    browser.findElement(By.id("title")).sendKeys("People counselled, by sex");
    new Select(browser.findElement(By.id("source")))
        .selectByVisibleText("Individual counselling sessions");
    new Select(browser.findElement(By.id("measure")))
        .selectByVisibleText("Number of different people");
    tick("Sex");
    screenshot("results-indicator-form");
    browser.findElement(By.id("save-indicator")).click();
    waitFor(By.id("save-target"));
    browser.findElement(By.id("targetValue")).sendKeys("500");
    browser.findElement(By.id("save-target")).click();
    waitFor(By.id("target-table"));
    assertThat(browser.findElement(By.id("target")).getText()).isEqualTo("500");

    browser.get(dashboard);
    waitFor(By.id("dashboard"));
    int before = actual();
    screenshot("results-dashboard-before");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("counsellor.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open("/counselling/clients/new");
    waitFor(By.id("save-client"));
    browser.findElement(By.id("fullName")).sendKeys("Momena Khatun Results");
    new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Female");
    new Select(browser.findElement(By.id("migrantStatus")))
        .selectByVisibleText("Potential migrant");
    browser.findElement(By.id("save-client")).click();
    waitFor(By.id("new-session"));
    clickOn(By.id("new-session"));
    waitFor(By.id("save-session"));
    browser.findElement(By.id("durationMinutes")).sendKeys("25");
    tick("Recruitment costs");
    browser.findElement(By.id("save-session")).click();
    waitFor(By.id("new-session"));
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("mande", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.get(dashboard);
    waitFor(By.id("dashboard"));
    assertThat(actual()).isEqualTo(before + 1);
    screenshot("results-dashboard-after");
    browser.findElement(By.linkText("1.a People counselled, by sex")).click();
    waitFor(By.id("by-sex"));
    assertThat(browser.findElement(By.id("by-sex")).getText()).contains("Female");
    browser.findElement(By.id("sign-out")).click();
  }

  private int actual() {
    return Integer.parseInt(
        browser.findElement(By.cssSelector("#indicator-1\\.a .actual")).getText().trim());
  }

  private void setDate(String id, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];",
            id,
            date.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }
}
