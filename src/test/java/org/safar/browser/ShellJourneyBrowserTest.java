package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A Dhaka counsellor signs in, reads the shell in English, then in Dari from right to left. */
class ShellJourneyBrowserTest extends BrowserTest {

  @Test
  void counsellorSwitchesToDariAndSeesTheShellRightToLeft() throws Exception {
    open("/login?lang=en");
    signIn("counsellor.dhaka", "safar-demo-2026");
    waitFor(By.id("welcome"));
    assertThat(browser.findElement(By.id("welcome")).getText()).isEqualTo("Welcome, Rafiq Hossain");
    assertThat(htmlAttribute("lang")).isEqualTo("en");
    assertThat(htmlAttribute("dir")).isEqualTo("ltr");
    assertThat(browser.findElement(By.id("sign-out")).getText()).isEqualTo("Sign out");
    screenshot("shell-en");

    browser.findElement(By.cssSelector("a[data-lang='fa-AF']")).click();
    waitFor(By.cssSelector("html[dir='rtl']"));
    assertThat(htmlAttribute("lang")).isEqualTo("fa-AF");
    String signOut = browser.findElement(By.id("sign-out")).getText();
    assertThat(signOut).isNotEqualTo("Sign out").matches(".*\\p{InArabic}.*");
    // the layout itself turns: the brand sits on the right in a right-to-left page
    int brandX = browser.findElement(By.cssSelector(".brand")).getRect().getX();
    assertThat(brandX).isGreaterThan(640);
    screenshot("shell-fa-AF");

    browser.findElement(By.id("sign-out")).click();
    waitFor(By.id("sign-in"));
    assertThat(browser.getCurrentUrl()).contains("/login");
    assertThat(htmlAttribute("dir")).isEqualTo("rtl");
    open("/");
    waitFor(By.id("sign-in"));
    assertThat(browser.getCurrentUrl()).contains("/login");
    open("/login?lang=en");
  }
}
