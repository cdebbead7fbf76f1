package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An administrator creates an account scoped to one MRC, and that person signs in. */
class AccountCreationBrowserTest extends BrowserTest {

  @Test
  void administratorCreatesAnMrcAccountThatCanSignIn() throws Exception {
    String username = "counsellor.isb" + System.nanoTime() % 10000;
    open("/login?lang=en");
    signIn("admin", "safar-demo-2026");
    waitFor(By.id("welcome"));
    browser.findElement(By.linkText("Accounts")).click();
    browser.findElement(By.id("new-account")).click();
    waitFor(By.id("save-account"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("displayName")).sendKeys("Sana Malik");
    browser.findElement(By.id("password")).sendKeys("islamabad first passphrase");
    for (WebElement label : browser.findElements(By.cssSelector("fieldset .check label"))) {
      if (label.getText().equals("Counsellor")) {
        label.click();
      }
    }
    Select units = new Select(browser.findElement(By.id("orgUnitIds")));
    units.getOptions().stream()
        .filter(o -> o.getText().endsWith("MRC Islamabad"))
        .findFirst()
        .orElseThrow()
        .click();
    screenshot("account-form");
    browser.findElement(By.id("save-account")).click();
    waitFor(By.cssSelector(".notice.success"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sana Malik");
    assertThat(browser.getPageSource()).contains("MRC Islamabad").contains("Counsellor");
    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));

    signIn(username, "islamabad first passphrase");
    waitFor(By.id("change-password"));
    browser.findElement(By.id("currentPassword")).sendKeys("islamabad first passphrase");
    browser.findElement(By.id("newPassword")).sendKeys("my own islamabad passphrase");
    browser.findElement(By.id("repeatPassword")).sendKeys("my own islamabad passphrase");
    browser.findElement(By.id("change-password")).click();
    waitFor(By.id("welcome"));
    assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Welcome, Sana Malik");
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("Sana Malik");
    screenshot("new-account-home");
    browser.findElement(By.id("sign-out")).click();
  }
}
