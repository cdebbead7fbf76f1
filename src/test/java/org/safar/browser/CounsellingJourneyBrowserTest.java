package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * A Dhaka counsellor takes a walk-in inquiry, registers the client (and is warned of a similar
 * second one), records a session with two topics and a follow-up, records the follow-up with a
 * changed intention, and sees the MRC's before/after figure move; a Kabul counsellor is refused.
 */
class CounsellingJourneyBrowserTest extends BrowserTest {

  @Test
  void walkInToFollowUpMovesTheMrcFigureAndStaysInsideDhaka() throws Exception {
    open("/login?lang=en");
    signIn("counsellor.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Counselling")).click();
    waitFor(By.id("new-inquiry"));
    String desk = browser.getCurrentUrl();
    String figureBefore = text("shift-clients");

    browser.findElement(By.id("new-inquiry")).click();
    waitFor(By.id("save-inquiry"));
    browser
        .findElement(By.id("question"))
        .sendKeys("Walk-in: the agent asks 4,000 USD for a Dubai visa.");
    browser.findElement(By.id("contactName")).sendKeys("Jahanara Begum");
    browser.findElement(By.id("save-inquiry")).click();
    waitFor(By.id("register-client"));
    clickOn(By.id("register-client"));
    waitFor(By.id("save-client"));
    fillClient("Jahanara Begum", "1995", "+880 1819 444555");
    screenshot("client-form");
    browser.findElement(By.id("save-client")).click();
    waitFor(By.id("new-session"));
    String clientUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");

    browser.findElement(By.id("new-session")).click();
    waitFor(By.id("save-session"));
    browser.findElement(By.id("durationMinutes")).sendKeys("35");
    tick("Recruitment costs");
    tick("Irregular migration and its risks");
    new Select(browser.findElement(By.id("intention"))).selectByVisibleText("Migrate irregularly");
    browser.findElement(By.id("likelihood")).sendKeys("4");
    setDate("followUpOn", LocalDate.now().plusDays(7));
    browser.findElement(By.id("save-session")).click();
    waitFor(By.id("intentions"));
    assertThat(browser.getPageSource())
        .contains("Recruitment costs")
        .contains("Irregular migration and its risks");

    // a second, similar client is flagged
    open(desk.replaceAll("^https?://[^/]+", ""));
    browser.findElement(By.id("new-client")).click();
    waitFor(By.id("save-client"));
    fillClient("Jahanara Begom", "1995", "");
    browser.findElement(By.id("save-client")).click();
    waitFor(By.id("duplicate-warning"));
    screenshot("duplicate-warning");
    assertThat(browser.findElement(By.id("duplicate-warning")).getText())
        .contains("Jahanara Begum");

    // the follow-up call: the intention has changed
    browser.get(clientUrl);
    browser.findElement(By.linkText("Record the follow-up")).click();
    waitFor(By.id("save-follow-up"));
    browser.findElement(By.cssSelector("label[for='reached']")).click();
    browser.findElement(By.id("outcome")).sendKeys("Will go through the official bureau instead.");
    new Select(browser.findElement(By.id("intention"))).selectByVisibleText("Migrate regularly");
    browser.findElement(By.id("likelihood")).sendKeys("5");
    browser.findElement(By.id("save-follow-up")).click();
    waitFor(By.id("intentions"));

    browser.get(desk);
    waitFor(By.id("shift-clients"));
    assertThat(text("shift-clients")).isNotEqualTo(figureBefore);
    assertThat(browser.findElements(By.id("intention-shift"))).isNotEmpty();
    screenshot("desk-figure");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("counsellor.kabul", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.get(clientUrl);
    waitFor(By.id("error-title"));
    assertThat(text("error-title")).isEqualTo("Not allowed");
    assertThat(browser.getPageSource()).doesNotContain("Jahanara");
    browser.findElement(By.id("sign-out")).click();
  }

  private void fillClient(String name, String birthYear, String phone) {
    browser.findElement(By.id("fullName")).sendKeys(name);
    new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Female");
    browser.findElement(By.id("birthYear")).sendKeys(birthYear);
    if (!phone.isEmpty()) {
      browser.findElement(By.id("phone")).sendKeys(phone);
    }
    new Select(browser.findElement(By.id("migrantStatus")))
        .selectByVisibleText("Potential migrant");
  }

  /** Date inputs take typing in the browser's locale; setting the value is locale-proof. */
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
