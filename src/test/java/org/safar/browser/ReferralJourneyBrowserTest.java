package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A Dhaka counsellor records a client's consent to share with shelters, refers her to the demo
 * shelter, which works in Safar; the shelter's staff see only what the consent allows, accept the
 * referral and close it; the administrator finds each step in the audit trail.
 */
class ReferralJourneyBrowserTest extends BrowserTest {

  @Test
  void aReferralWithConsentIsAcceptedAndClosedByTheShelter() throws Exception {
    open("/login?lang=en");
    signIn("counsellor.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open("/counselling/clients/new");
    waitFor(By.id("save-client"));
    browser.findElement(By.id("fullName")).sendKeys("Nargis Shelterjourney");
    browser.findElement(By.id("phone")).sendKeys("+880 1911 777888");
    new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Female");
    new Select(browser.findElement(By.id("migrantStatus"))).selectByVisibleText("Returned");
    browser.findElement(By.id("save-client")).click();
    waitFor(By.id("client-referrals"));
    String referral = referToDemoShelter("Returned last week; no safe place to stay.");
    screenshot("referral-sent");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("provider.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Referrals")).click();
    waitFor(By.id("referrals"));
    browser.findElement(By.cssSelector("a[href='" + referral + "']")).click();
    waitFor(By.id("shared"));
    assertThat(browser.findElement(By.id("shared")).getText())
        .contains("Nargis Shelterjourney")
        .doesNotContain("1911");
    browser.findElement(By.id("accept-referral")).click();
    waitFor(By.id("complete-referral"));
    waitForText(By.id("referral-status"), "Accepted");
    browser.findElement(By.cssSelector("label[for='successful']")).click();
    browser.findElement(By.id("note")).sendKeys("Stayed two weeks, then went home to her family.");
    browser.findElement(By.id("complete-referral")).click();
    waitFor(By.id("referral-outcome"));
    assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualTo("Done");
    assertThat(browser.findElement(By.id("referral-outcome")).getText()).isEqualTo("Successful");
    screenshot("referral-done");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("admin", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open("/audit?q=referral");
    String trail = browser.findElement(By.tagName("main")).getText();
    String id = referral.replaceAll(".*/", "");
    assertThat(trail)
        .contains("SENT")
        .contains("ACCEPTED")
        .contains("DONE")
        .contains("referral #" + id)
        .contains("provider.dhaka");
    browser.findElement(By.id("sign-out")).click();
  }
}
