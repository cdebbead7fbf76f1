package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The Lahore outreach officer opens a campaign, records a school session with attendance by sex and
 * age band and sees it counted in the campaign, with reach shown apart.
 */
class OutreachJourneyBrowserTest extends BrowserTest {

  @Test
  void anOfficerRecordsAnEventWithAttendanceAndSeesItInTheCampaign() throws Exception {
    open("/login?lang=en");
    signIn("outreach.lahore", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Outreach")).click();
    waitFor(By.id("campaigns-link"));
    clickOn(By.id("campaigns-link"));
    waitFor(By.id("campaigns"));
    browser.findElement(By.linkText("Safe migration during the lockdown")).click();
    waitFor(By.id("total-people"));
    int before = Integer.parseInt(browser.findElement(By.id("total-people")).getText());
    String reach = browser.findElement(By.id("total-reach")).getText();

    browser.findElement(By.id("new-event")).click();
    waitFor(By.id("save-event"));
    new Select(browser.findElement(By.id("kind"))).selectByVisibleText("School session");
    browser.findElement(By.id("place")).sendKeys("Girls' high school, Gulberg");
    browser.findElement(By.name("counts[FEMALE_UNDER_18]")).sendKeys("23");
    browser.findElement(By.name("counts[FEMALE_AGE_18_24]")).sendKeys("2");
    screenshot("outreach-event-form");
    browser.findElement(By.id("save-event")).click();
    waitFor(By.id("event-people"));
    assertThat(browser.findElement(By.id("event-people")).getText()).isEqualTo("25");

    browser.findElement(By.linkText("Safe migration during the lockdown")).click();
    waitFor(By.id("campaign-events"));
    screenshot("outreach-campaign");
    assertThat(browser.findElement(By.id("campaign-events")).getText())
        .contains("Girls' high school, Gulberg");
    assertThat(browser.findElement(By.id("total-people")).getText())
        .isEqualTo(Integer.toString(before + 25));
    assertThat(browser.findElement(By.id("total-reach")).getText()).isEqualTo(reach);
  }
}
