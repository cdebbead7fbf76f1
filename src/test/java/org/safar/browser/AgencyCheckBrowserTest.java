package org.safar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * A visitor on a narrow phone (360×740) in Dari checks an agency whose licence was cancelled, reads
 * what to do, and reports it; then a feed reader reads the portal's news feed.
 */
class AgencyCheckBrowserTest extends BrowserTest {

  @Test
  void aVisitorInDariChecksACancelledAgencyOnAPhoneAndReportsIt() throws Exception {
    Dimension before = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(360, 740));
    try {
      open("/portal/agencies?lang=fa-AF");
      waitFor(By.id("check"));
      assertThat(htmlAttribute("dir")).isEqualTo("rtl");
      assertThat(htmlAttribute("lang")).isEqualTo("fa-AF");
      browser.findElement(By.id("q")).sendKeys("Ariana Overseas");
      browser.findElement(By.id("check")).click();
      waitFor(By.id("results"));
      String results = browser.findElement(By.id("results")).getText();
      assertThat(results).contains("Ariana Overseas Workforce").contains("جواز لغو شده");
      // the page fits the phone: nothing wider than the screen
      Long scrollWidth =
          (Long)
              ((org.openqa.selenium.JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      assertThat(scrollWidth).isLessThanOrEqualTo(360);
      screenshot("portal-agency-check-fa-AF-360");

      browser.findElement(By.linkText("Ariana Overseas Workforce")).click();
      waitFor(By.id("verdict"));
      assertThat(browser.findElement(By.id("verdict")).getText())
          .contains("جواز لغو شده")
          .contains("به این شرکت پول ندهید");
      assertThat(browser.findElement(By.tagName("main")).getText()).contains("MRC Kabul");
      screenshot("portal-agency-cancelled-fa-AF-360");

      browser.findElement(By.id("report")).click();
      waitFor(By.id("send-report"));
      assertThat(browser.findElement(By.id("agency")).getAttribute("value"))
          .contains("Ariana Overseas Workforce");
      // the honeypot is out of sight for a person
      assertThat(browser.findElement(By.id("website")).isDisplayed()).isFalse();
      browser
          .findElement(By.id("whatHappened"))
          .sendKeys("از من ۵۰۰ دالر گرفتند و پاسپورتم را پس نمی‌دهند.");
      new Select(browser.findElement(By.id("mrcId"))).selectByVisibleText("MRC Kabul");
      browser.findElement(By.id("contactPhone")).sendKeys("+93 700 000 000");
      screenshot("portal-agency-report-fa-AF-360");
      browser.findElement(By.id("send-report")).click();
      waitFor(By.id("reference"));
      String reference = browser.findElement(By.id("reference")).getText();
      assertThat(reference).contains("شمارهٔ پیگیری شما").containsPattern("\\d+");
      screenshot("portal-agency-reported-fa-AF-360");
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  @Test
  void aFeedReaderReadsThePortalNewsFeed() throws Exception {
    open("/portal/news?lang=en");
    waitFor(By.id("rss"));
    String rss = browser.findElement(By.id("rss")).getAttribute("href");
    SyndFeed feed = new SyndFeedInput().build(new XmlReader(URI.create(rss).toURL()));
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getEntries()).isNotEmpty();
    String first = feed.getEntries().get(0).getLink();
    open(first.replaceFirst("^https?://[^/]+", ""));
    waitFor(By.id("news-body"));
    assertThat(browser.getTitle()).contains(feed.getEntries().get(0).getTitle());
  }
}
