package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A programme manager records a request from the Kyrgyz State Migration Service, schedules a
 * fact-finding mission with two experts, records a workshop with 25 participants and a pre/post
 * test, and sees the action's page, the calendar and an expert's deployment history.
 */
class AssistanceJourneyBrowserTest extends BrowserTest {

  @Test
  void aManagerRecordsARequestAMissionWithTwoExpertsAndAWorkshop() throws Exception {
    LocalDate today = LocalDate.now();
    LocalDate month = today.plusMonths(1).withDayOfMonth(1);
    open("/login?lang=en");
    signIn("manager", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Technical assistance")).click();
    waitFor(By.id("new-action"));
    clickOn(By.id("new-action"));
    waitFor(By.id("save-action"));
    new Select(browser.findElement(By.id("projectId")))
        .selectByVisibleText("MIEUX actions in Asia and the South Caucasus");
    browser
        .findElement(By.id("requestingInstitution"))
        .sendKeys("State Migration Service of the Kyrgyz Republic");
    browser.findElement(By.id("title")).sendKeys("Kyrgyzstan III: return and reintegration");
    new Select(browser.findElement(By.id("countryCodes"))).selectByValue("KG");
    new Select(browser.findElement(By.id("theme"))).selectByVisibleText("Return and readmission");
    setDate("requestedOn", today);
    setDate("startDate", today);
    setDate("endDate", today.plusMonths(6));
    browser.findElement(By.id("save-action")).click();
    waitFor(By.id("action-status"));
    assertThat(text("action-status")).isEqualTo("Requested");
    new Select(browser.findElement(By.id("next-status"))).selectByVisibleText("Accepted");
    browser.findElement(By.id("move-status")).click();
    waitForText(By.id("action-status"), "Accepted");
    String action = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");

    browser.findElement(By.id("new-activity")).click();
    waitFor(By.id("save-activity"));
    new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Fact-finding mission");
    browser.findElement(By.id("title")).sendKeys("Fact-finding on return and reintegration");
    browser.findElement(By.id("place")).sendKeys("Bishkek");
    setDate("startDate", month.plusDays(2));
    setDate("endDate", month.plusDays(5));
    browser.findElement(By.id("save-activity")).click();
    waitFor(By.id("deploy-expert"));
    deploy("Rasa Jankauskaitė");
    deploy("Ion Rusnac");
    assertThat(text("deployments")).contains("Rasa Jankauskaitė").contains("Ion Rusnac");
    screenshot("assistance-mission");

    browser.findElement(By.id("back-to-action")).click();
    waitFor(By.id("new-activity"));
    clickOn(By.id("new-activity"));
    waitFor(By.id("save-activity"));
    new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Workshop");
    browser.findElement(By.id("title")).sendKeys("Workshop on reintegration services");
    browser.findElement(By.id("place")).sendKeys("Osh");
    setDate("startDate", month.plusDays(19));
    setDate("endDate", month.plusDays(20));
    browser.findElement(By.id("women")).sendKeys("14");
    browser.findElement(By.id("men")).sendKeys("11");
    browser.findElement(By.id("postTestScore")).sendKeys("81");
    browser.findElement(By.id("save-activity")).click();
    waitFor(By.cssSelector("[aria-invalid='true']"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("needs the score before it");
    browser.findElement(By.id("preTestScore")).sendKeys("56");
    browser.findElement(By.id("save-activity")).click();
    waitFor(By.id("activity-participants"));
    assertThat(text("activity-participants")).startsWith("25 (14 women, 11 men");
    assertThat(text("activity-test")).contains("gain: 25 points");

    open(action);
    waitFor(By.id("activities"));
    assertThat(text("activities"))
        .contains("Fact-finding mission")
        .contains("Workshop on reintegration services")
        .contains("25")
        .contains("25 points");
    assertThat(text("action-nationalities")).contains("Lithuania").contains("Moldova");
    screenshot("assistance-action");

    open("/assistance/calendar?month=" + month.toString().substring(0, 7));
    waitFor(By.id("calendar"));
    assertThat(text("calendar"))
        .contains("Fact-finding on return and reintegration")
        .contains("Workshop on reintegration services");

    open("/assistance/experts?q=Jankauskait");
    waitFor(By.id("experts"));
    browser.findElement(By.linkText("Rasa Jankauskaitė")).click();
    waitFor(By.id("expert-deployments"));
    assertThat(text("expert-deployments"))
        .contains("Fact-finding on return and reintegration")
        .contains("Kyrgyzstan III: return and reintegration")
        .contains("Kyrgyzstan II: national migration policy");
    screenshot("assistance-expert");
    browser.findElement(By.id("sign-out")).click();
  }

  private void deploy(String expert) {
    new Select(browser.findElement(By.id("expertId")))
        .selectByVisibleText(
            browser.findElements(By.cssSelector("#expertId option")).stream()
                .map(o -> o.getText())
                .filter(t -> t.startsWith(expert + " · "))
                .findFirst()
                .orElseThrow());
    browser.findElement(By.id("deploy-expert")).click();
    waitForTextIn(By.id("deployments"), expert);
  }

  private void setDate(String id, LocalDate date) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];",
            id,
            date.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }
}
