package org.safar.news;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publications and their language variants: one PDF per language. */
@Service
public class Publications {

  static final int MAX_FILE = 10 * 1024 * 1024;
  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

  private final PublicationRepository repository;
  private final AuditLog audit;

  Publications(PublicationRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Transactional
  public long create(String title, String summary, LocalDate publishedOn) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw new InvalidNewsInputException("title", "news.error.titleEmpty");
    }
    if (t.length() > NewsItems.MAX_TITLE) {
      throw new InvalidNewsInputException("title", "news.error.titleTooLong");
    }
    String s = summary == null || summary.isBlank() ? null : summary.strip();
    if (s != null && s.length() > NewsItems.MAX_SUMMARY) {
      throw new InvalidNewsInputException("summary", "news.error.summaryTooLong");
    }
    if (publishedOn == null) {
      throw new InvalidNewsInputException("publishedOn", "publication.error.date");
    }
    long id = repository.insert(t, s, publishedOn, AuditLog.currentActor());
    audit.record("CREATED", "publication", id, null);
    return id;
  }

  /** Adds (or replaces) the file of one language: a PDF, by its first bytes. */
  @Transactional
  public void putVariant(long id, String language, String fileName, byte[] pdf) {
    get(id);
    String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(lang)) {
      throw new InvalidNewsInputException("language", "publication.error.language");
    }
    if (pdf == null || pdf.length < 5) {
      throw new InvalidNewsInputException("file", "publication.error.noFile");
    }
    if (pdf.length > MAX_FILE) {
      throw new InvalidNewsInputException("file", "publication.error.tooLarge");
    }
    if (!Arrays.equals(Arrays.copyOf(pdf, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidNewsInputException("file", "publication.error.notPdf");
    }
    String name =
        fileName == null || fileName.isBlank()
            ? "publication-" + id + "-" + lang + ".pdf"
            : fileName.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    repository.putFile(id, lang, name.length() > 120 ? name.substring(0, 120) : name, pdf);
    audit.record("VARIANT_ADDED", "publication", id, lang);
  }

  @Transactional(readOnly = true)
  public Publication get(long id) {
    return repository.find(id).orElseThrow(() -> new NewsNotFoundException("publication " + id));
  }

  @Transactional(readOnly = true)
  public ResultPage<Publication> page(int page, int size) {
    return new ResultPage<>(
        repository.page(size, (long) page * size), page, size, repository.count());
  }

  /** A variant's file name and bytes. */
  @Transactional(readOnly = true)
  public Optional<Object[]> file(long id, String language) {
    return repository.file(id, language);
  }
}
