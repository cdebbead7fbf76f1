package org.safar.news;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's news as RSS 2.0 and Atom 1.0, one feed per language, with absolute links. */
@Service
public class NewsFeeds {

  static final int ITEMS = 30;

  private final NewsItems items;

  NewsFeeds(NewsItems items) {
    this.items = items;
  }

  /**
   * The feed as XML.
   *
   * @param type "rss_2.0" or "atom_1.0"
   * @param base the site's address, e.g. {@code https://safar.example.org}
   * @param title the feed's title in its language
   */
  @Transactional(readOnly = true)
  public String write(String type, String language, String base, String title) {
    List<NewsItem> latest = items.published(language, 0, ITEMS).rows();
    String page = base + "/portal/news?lang=" + language;
    String self =
        base + "/portal/news/feed/" + language + (type.startsWith("rss") ? ".rss" : ".atom");
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(title);
    feed.setDescription(title);
    feed.setLink(page);
    feed.setUri(self);
    feed.setLanguage(language);
    SyndLinkImpl selfLink = new SyndLinkImpl();
    selfLink.setRel("self");
    selfLink.setHref(self);
    SyndLinkImpl alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setType("text/html");
    alternate.setHref(page);
    feed.setLinks(List.of(alternate, selfLink));
    feed.setPublishedDate(latest.isEmpty() ? new Date(0) : date(latest.get(0)));
    feed.setEntries(latest.stream().map(i -> entry(i, base)).toList());
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("feed for " + language, e);
    }
  }

  private static SyndEntry entry(NewsItem item, String base) {
    String link = base + "/portal/news/" + item.id() + "?lang=" + item.language();
    SyndEntry entry = new SyndEntryImpl();
    entry.setTitle(item.title());
    entry.setLink(link);
    entry.setUri(link);
    entry.setPublishedDate(date(item));
    entry.setUpdatedDate(date(item));
    SyndContentImpl description = new SyndContentImpl();
    description.setType("text/plain");
    description.setValue(item.summary() == null ? item.title() : item.summary());
    entry.setDescription(description);
    return entry;
  }

  private static Date date(NewsItem item) {
    return Date.from(item.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
