package org.safar.news;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.safar.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;

/**
 * Brings an existing news centre's RSS or Atom feed in: each item once (its link is its identity),
 * as drafts or published, with what was new and what was there already.
 */
@Service
public class NewsImports {

  static final int MAX_FEED = 5 * 1024 * 1024;

  /** What an import did. */
  public record Summary(int added, int existing, int skipped) {}

  private final NewsRepository repository;
  private final NewsItems items;
  private final AuditLog audit;
  private static final int MAX_REDIRECTS = 3;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final boolean allowInternal;

  NewsImports(
      NewsRepository repository,
      NewsItems items,
      AuditLog audit,
      @Value("${safar.news.import.allow-internal-addresses:false}") boolean allowInternal) {
    this.repository = repository;
    this.items = items;
    this.audit = audit;
    this.allowInternal = allowInternal;
  }

  /**
   * Reads the feed at an http(s) address, waiting at most 15 seconds a request. The server's own
   * network is out of bounds: an address that resolves to a loopback, private, link-local (cloud
   * metadata) or otherwise internal address is refused, and so is a redirect to one, so the import
   * cannot be used to reach what only the server can reach. (Tests that serve a feed on loopback
   * set {@code safar.news.import.allow-internal-addresses}.)
   */
  public byte[] fetch(String url) {
    URI uri = checked(url);
    try {
      for (int hop = 0; ; hop++) {
        HttpResponse<InputStream> response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status >= 300 && status < 400 && hop < MAX_REDIRECTS) {
          response.body().close();
          String location = response.headers().firstValue("Location").orElse("");
          uri = checked(uri.resolve(location).toString());
          continue;
        }
        return body(response);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidNewsInputException("url", "news.import.error.fetch");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidNewsInputException("url", "news.import.error.fetch");
    }
  }

  private URI checked(String url) {
    URI uri;
    try {
      uri = URI.create(url == null ? "" : url.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidNewsInputException("url", "news.import.error.url");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidNewsInputException("url", "news.import.error.url");
    }
    if (!allowInternal) {
      try {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
          if (internal(address)) {
            throw new InvalidNewsInputException("url", "news.import.error.internal");
          }
        }
      } catch (UnknownHostException e) {
        throw new InvalidNewsInputException("url", "news.import.error.fetch");
      }
    }
    return uri;
  }

  static boolean internal(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    // IPv6 unique local addresses (fc00::/7) and IPv4 carrier-grade NAT (100.64.0.0/10)
    return b.length == 16 && (b[0] & 0xfe) == 0xfc
        || b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
  }

  private static byte[] body(HttpResponse<InputStream> response) throws IOException {
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new InvalidNewsInputException("url", "news.import.error.fetch");
      }
      byte[] body = in.readNBytes(MAX_FEED + 1);
      if (body.length > MAX_FEED) {
        throw new InvalidNewsInputException("url", "news.import.error.tooLarge");
      }
      return body;
    }
  }

  /** Imports every item of the feed that has a link not seen before, in one transaction. */
  @Transactional
  public Summary importFeed(byte[] xml, String language, boolean publish) {
    if (xml == null || xml.length == 0) {
      throw new InvalidNewsInputException("file", "news.import.error.noFeed");
    }
    if (!NewsItems.languages().contains(language)) {
      throw new InvalidNewsInputException("language", "news.error.language");
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(xml)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new InvalidNewsInputException("file", "news.import.error.notAFeed");
    }
    int added = 0;
    int existing = 0;
    int skipped = 0;
    String actor = AuditLog.currentActor();
    for (SyndEntry entry : feed.getEntries()) {
      String link = entry.getLink() == null ? null : entry.getLink().strip();
      String title = SafeHtml.text(entry.getTitle());
      if (link == null
          || link.isEmpty()
          || link.length() > 2000
          || title == null
          || title.isEmpty()) {
        skipped++;
        continue;
      }
      String html = entry.getDescription() == null ? "" : entry.getDescription().getValue();
      if (!entry.getContents().isEmpty() && entry.getContents().get(0).getValue() != null) {
        html = entry.getContents().get(0).getValue();
      }
      String summary = SafeHtml.text(html);
      if (summary != null && summary.length() > NewsItems.MAX_SUMMARY) {
        summary = summary.substring(0, NewsItems.MAX_SUMMARY - 1) + "…";
      }
      java.util.Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      NewsDraft draft =
          new NewsDraft(
              language,
              NewsKind.NEWS,
              title.length() > NewsItems.MAX_TITLE
                  ? title.substring(0, NewsItems.MAX_TITLE - 1) + "…"
                  : title,
              summary == null || summary.isEmpty() ? null : summary,
              html.length() > NewsItems.MAX_BODY ? "" : html,
              date == null
                  ? LocalDate.now(ZoneOffset.UTC)
                  : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
              publish ? NewsStatus.PUBLISHED : NewsStatus.DRAFT,
              null,
              null,
              false);
      if (repository.insertImported(draft, SafeHtml.sanitise(html), link, actor)) {
        added++;
      } else {
        existing++;
      }
    }
    audit.record("IMPORTED", "news_feed", null, added + " new, " + existing + " already there");
    return new Summary(added, existing, skipped);
  }
}
