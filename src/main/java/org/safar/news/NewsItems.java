package org.safar.news;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safar.audit.AuditLog;
import org.safar.shell.ResultPage;
import org.safar.shell.SupportedLocale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing news items and reading them: all on staff pages, the published ones on the portal. */
@Service
public class NewsItems {

  static final int MAX_TITLE = 200;
  static final int MAX_SUMMARY = 500;
  static final int MAX_BODY = 50_000;

  private final NewsRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  NewsItems(NewsRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  /** The languages an item can be written in: the portal's. */
  public static List<String> languages() {
    return SupportedLocale.portal().stream().map(SupportedLocale::tag).toList();
  }

  @Transactional
  public NewsItem create(NewsDraft draft) {
    NewsDraft d = validate(draft);
    String type = imageType(d);
    long id =
        repository.insert(
            d,
            group(d),
            SafeHtml.fromMarkdown(d.bodyMarkdown()),
            type,
            null,
            AuditLog.currentActor());
    audit.record("CREATED", "news_item", id, d.language() + " " + d.status());
    return repository.findById(id).orElseThrow();
  }

  /** Saves changes; empty when someone else saved the item meanwhile (nothing is saved then). */
  @Transactional
  public Optional<NewsItem> update(long id, int version, NewsDraft draft) {
    get(id);
    NewsDraft d = validate(draft);
    if (d.translationOf() != null && d.translationOf() == id) {
      throw new InvalidNewsInputException("translationOf", "news.error.translationOf");
    }
    String type = imageType(d);
    if (!repository.update(
        id, version, d, group(d, get(id)), SafeHtml.fromMarkdown(d.bodyMarkdown()), type)) {
      return Optional.empty();
    }
    audit.record("UPDATED", "news_item", id, d.status().name());
    return repository.findById(id);
  }

  /**
   * Deletes an item for good, its image with it (both are in the one row); a published item leaves
   * the portal and the feeds at once. False when someone saved the item since {@code version} was
   * read (nothing is deleted then). Other languages of the item stay.
   */
  @Transactional
  public boolean delete(long id, int version) {
    NewsItem item = get(id);
    if (!repository.delete(id, version)) {
      return false;
    }
    audit.record(
        "DELETED",
        "news_item",
        id,
        item.language()
            + " "
            + item.status()
            + (item.hasImage() ? " with image" : "")
            + ": "
            + item.title());
    return true;
  }

  private UUID group(NewsDraft d) {
    return d.translationOf() == null
        ? UUID.randomUUID()
        : repository
            .findById(d.translationOf())
            .map(NewsItem::translationGroup)
            .orElseThrow(
                () -> new InvalidNewsInputException("translationOf", "news.error.translationOf"));
  }

  private UUID group(NewsDraft d, NewsItem current) {
    return d.translationOf() == null ? current.translationGroup() : group(d);
  }

  private static String imageType(NewsDraft d) {
    if (d.image() == null) {
      return null;
    }
    if (d.image().length > Images.MAX_BYTES) {
      throw new InvalidNewsInputException("image", "news.error.imageTooLarge");
    }
    String type = Images.type(d.image());
    if (type == null) {
      throw new InvalidNewsInputException("image", "news.error.imageType");
    }
    return type;
  }

  @Transactional(readOnly = true)
  public NewsItem get(long id) {
    return repository.findById(id).orElseThrow(() -> new NewsNotFoundException("news " + id));
  }

  @Transactional(readOnly = true)
  public ResultPage<NewsItem> search(
      String text, String language, NewsStatus status, int page, int size) {
    long total = repository.count(text, language, status);
    return ResultPage.counted(
        repository.search(text, language, status, size, (long) page * size), page, size, total);
  }

  /** The portal's list in one language, newest first. */
  @Transactional(readOnly = true)
  public ResultPage<NewsItem> published(String language, int page, int size) {
    return search(null, language, NewsStatus.PUBLISHED, page, size);
  }

  /** A published item, for the portal. */
  @Transactional(readOnly = true)
  public NewsItem publishedItem(long id) {
    return repository
        .findById(id)
        .filter(i -> i.status() == NewsStatus.PUBLISHED)
        .orElseThrow(() -> new NewsNotFoundException("news " + id));
  }

  /** The same item in other languages. */
  @Transactional(readOnly = true)
  public List<NewsItem> translations(NewsItem item, boolean publishedOnly) {
    return repository.group(item.translationGroup(), publishedOnly).stream()
        .filter(i -> i.id() != item.id())
        .toList();
  }

  /** An item's image (content type, bytes); on the portal only a published item's. */
  @Transactional(readOnly = true)
  public Optional<Object[]> image(long id, boolean publishedOnly) {
    return repository.image(id, publishedOnly);
  }

  NewsDraft validate(NewsDraft d) {
    String language = d.language() == null ? "" : d.language().strip();
    if (!languages().contains(language)) {
      throw new InvalidNewsInputException("language", "news.error.language");
    }
    String title = text(d.title(), MAX_TITLE, "title", true);
    String summary = text(d.summary(), MAX_SUMMARY, "summary", false);
    String body = d.bodyMarkdown() == null ? "" : d.bodyMarkdown().strip();
    if (body.length() > MAX_BODY) {
      throw new InvalidNewsInputException("bodyMarkdown", "news.error.bodyTooLong");
    }
    LocalDate on =
        d.publishedOn() == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : d.publishedOn();
    return new NewsDraft(
        language,
        d.kind() == null ? NewsKind.NEWS : d.kind(),
        title,
        summary,
        body,
        on,
        d.status() == null ? NewsStatus.DRAFT : d.status(),
        d.translationOf(),
        d.image(),
        d.removeImage());
  }

  private static String text(String value, int max, String field, boolean required) {
    String v = value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    if (v.isEmpty()) {
      if (required) {
        throw new InvalidNewsInputException(field, "news.error." + field + "Empty");
      }
      return null;
    }
    if (v.length() > max) {
      throw new InvalidNewsInputException(field, "news.error." + field + "TooLong");
    }
    return v;
  }
}
