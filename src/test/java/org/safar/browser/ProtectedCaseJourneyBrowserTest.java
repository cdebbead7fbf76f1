package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A Dhaka protection caseworker marks a survivor's case protected; the administrator opening it
 * sees "Confidential"; the caseworker records consent and refers her to the demo shelter, whose
 * staff accept and close the referral; the data-protection officer finds every look at the record
 * in the audit trail: the caseworker's, the administrator's and the shelter's.
 */
class ProtectedCaseJourneyBrowserTest extends BrowserTest {

  static final String NAME = "Shapla Protectedjourney";

  @Test
  void aProtectedCaseIsConfidentialToEveryoneButItsTeamAndEveryLookIsAudited() throws Exception {
    open("/login?lang=en");
    signIn("caseworker.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open("/counselling/clients/new");
    waitFor(By.id("save-client"));
    browser.findElement(By.id("fullName")).sendKeys(NAME);
    browser.findElement(By.id("phone")).sendKeys("+880 1811 424242");
    new Select(browser.findElement(By.id("sex"))).selectByVisibleText("Female");
    new Select(browser.findElement(By.id("migrantStatus"))).selectByVisibleText("Returned");
    browser.findElement(By.id("save-client")).click();
    waitFor(By.id("protect-client"));
    String client =
        browser.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");
    String clientId = client.replaceAll(".*/", "");

    browser.findElement(By.id("protect-client")).click();
    waitFor(By.id("mark-protected"));
    new Select(browser.findElement(By.id("reason")))
        .selectByVisibleText("Trafficking in human beings");
    new Select(browser.findElement(By.id("caseworkerId"))).selectByVisibleText("Tahmina Begum");
    new Select(browser.findElement(By.id("supervisorId"))).selectByVisibleText("Shirin Chowdhury");
    browser.findElement(By.id("mark-protected")).click();
    waitFor(By.id("protection"));
    assertThat(browser.findElement(By.id("client-name")).getText()).isEqualTo(NAME);
    assertThat(browser.findElement(By.id("protection-caseworker")).getText())
        .isEqualTo("Tahmina Begum");
    screenshot("protected-case-team");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("admin", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open(client);
    waitFor(By.id("confidential-notice"));
    assertThat(browser.findElement(By.id("client-name")).getText()).isEqualTo("Confidential");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .doesNotContain(NAME)
        .doesNotContain("424242");
    assertThat(browser.findElements(By.id("client-referrals"))).isEmpty();
    screenshot("protected-case-admin");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("caseworker.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open(client);
    String referral = referToDemoShelter("Needs a safe place tonight.");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("provider.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open(referral);
    waitFor(By.id("shared"));
    assertThat(browser.findElement(By.id("shared")).getText())
        .contains(NAME)
        .doesNotContain("424242");
    browser.findElement(By.id("accept-referral")).click();
    waitFor(By.id("complete-referral"));
    waitForText(By.id("referral-status"), "Accepted");
    browser.findElement(By.cssSelector("label[for='successful']")).click();
    browser.findElement(By.id("complete-referral")).click();
    waitFor(By.id("referral-outcome"));
    assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualTo("Done");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn("dpo", "safar-demo-2026");
    waitFor(By.id("welcome"));
    open("/audit?q=PROTECTED_READ");
    String trail = browser.findElement(By.tagName("main")).getText();
    assertThat(trail)
        .contains("client #" + clientId)
        .contains("caseworker.dhaka")
        .contains("admin")
        .contains("provider.dhaka")
        .contains("shown as confidential")
        .contains("identity shown")
        .doesNotContain(NAME);
    screenshot("protected-case-audit");
    browser.findElement(By.id("sign-out")).click();
  }
}
