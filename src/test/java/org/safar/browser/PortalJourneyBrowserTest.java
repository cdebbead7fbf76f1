package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor on a narrow phone screen switches the portal to Dari, searches a leaflet, reads it from
 * right to left and sends a question to MRC Kabul; Kabul's counsellor then finds it in the inbox.
 */
class PortalJourneyBrowserTest extends BrowserTest {

  @Test
  void aVisitorReadsALeafletInDariAndAsksACounsellor() throws Exception {
    browser.manage().window().setSize(new Dimension(360, 740));
    try {
      open("/portal?lang=en");
      waitFor(By.cssSelector("a[data-lang='fa-AF']"));
      assertThat(browser.findElements(By.tagName("script"))).isEmpty();
      browser.findElement(By.cssSelector("a[data-lang='fa-AF']")).click();
      waitFor(By.cssSelector("html[dir='rtl']"));
      assertThat(htmlAttribute("lang")).isEqualTo("fa-AF");
      screenshot("portal-home-fa-AF-360");

      // search the library in Dari (the page's language is the leaflets' language by default)
      browser.findElement(By.cssSelector(".portal-nav a[href='/portal/leaflets']")).click();
      waitFor(By.id("leaflet-search"));
      browser.findElement(By.id("q")).sendKeys("ویزه");
      browser.findElement(By.cssSelector("#leaflet-search button[type=submit]")).click();
      // the browse page already has a list: wait for the results page, not for any list
      patiently().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("q="));
      waitFor(By.linkText("ویزه شما رو به ختم است: چه باید کرد"));
      WebElement hit = browser.findElement(By.linkText("ویزه شما رو به ختم است: چه باید کرد"));
      screenshot("portal-search-fa-AF-360");
      hit.click();

      // the leaflet reads right to left, and fits the narrow screen
      waitFor(By.cssSelector("article.leaflet"));
      WebElement article = browser.findElement(By.cssSelector("article.leaflet"));
      assertThat(article.getAttribute("dir")).isEqualTo("rtl");
      assertThat(article.getAttribute("lang")).isEqualTo("fa-AF");
      WebElement title = browser.findElement(By.cssSelector("article.leaflet h1"));
      assertThat(title.getText()).isEqualTo("ویزه شما رو به ختم است: چه باید کرد");
      assertThat(title.getCssValue("direction")).isEqualTo("rtl");
      Long scrollWidth =
          (Long)
              ((org.openqa.selenium.JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      assertThat(scrollWidth).isLessThanOrEqualTo(360);
      screenshot("portal-leaflet-fa-AF-360");

      // ask a counsellor at MRC Kabul, in Dari, without any script on the page
      browser.findElement(By.cssSelector("footer.leaflet-meta a[href='/portal/ask']")).click();
      waitFor(By.id("ask-form"));
      String question = "پاسپورت من نزد کارفرما است، چه کنم؟ " + UUID.randomUUID();
      browser.findElement(By.id("question")).sendKeys(question);
      assertThat(
              new Select(browser.findElement(By.id("language")))
                  .getFirstSelectedOption()
                  .getAttribute("value"))
          .isEqualTo("fa-AF");
      new Select(browser.findElement(By.id("mrc"))).selectByVisibleText("MRC Kabul");
      browser.findElement(By.id("phone")).sendKeys("+93 70 000 0000");
      screenshot("portal-ask-fa-AF-360");
      browser.findElement(By.id("send-question")).click();
      waitFor(By.id("reference"));
      String reference = browser.findElement(By.id("reference")).getText();
      assertThat(reference).matches("P-\\d+");
      assertThat(htmlAttribute("dir")).isEqualTo("rtl");
      screenshot("portal-ask-sent-fa-AF-360");

      // the question is in Kabul's inbox on the desk
      browser.manage().window().setSize(new Dimension(1280, 900));
      open("/login?lang=en");
      signIn("counsellor.kabul", "safar-demo-2026");
      waitFor(By.id("welcome"));
      open("/counselling/inquiries");
      waitFor(By.cssSelector("table"));
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains(question.substring(0, 30));
      open("/counselling/inquiries/" + reference.substring(2));
      assertThat(browser.findElement(By.tagName("main")).getText()).contains(question);
      screenshot("portal-question-in-kabul-inbox");
      browser.findElement(By.id("sign-out")).click();
      waitFor(By.id("sign-in"));
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
      open("/login?lang=en");
    }
  }
}
