package org.safar.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The leaflet library as the portal shows it: published leaflets only, to anyone. */
@Service
public class PublicLeaflets {

  private static final Duration DESTINATIONS_FOR = Duration.ofMinutes(1);

  private final PublicLeafletRepository repository;
  private final LeafletRepository leaflets;
  private final Clock clock;
  private volatile List<String> destinations;
  private volatile Instant destinationsAt = Instant.MIN;

  PublicLeaflets(PublicLeafletRepository repository, LeafletRepository leaflets, Clock clock) {
    this.repository = repository;
    this.leaflets = leaflets;
    this.clock = clock;
  }

  /** A page of published translations matching the search, best match first. */
  @Transactional(readOnly = true)
  public ResultPage<PublicLeaflet> search(PublicLeafletSearch search, int page, int size) {
    PublicLeafletSearch clean =
        new PublicLeafletSearch(
            search.hasText() ? clip(search.text().strip(), 200) : null,
            search.topic(),
            search.destination(),
            search.audience(),
            LeafletLanguages.isKnown(search.language()) ? search.language() : null);
    if (clean.hasText()) {
      PublicLeafletRepository.Ranked ranked =
          repository.searchRanked(clean, size, (long) page * size);
      long total = ranked.rows().isEmpty() ? repository.count(clean) : ranked.total();
      return ResultPage.counted(
          ranked.rows(), page, size, Math.min(total, PublicLeafletRepository.RANKED));
    }
    return ResultPage.counted(
        repository.browse(clean, size, (long) page * size), page, size, repository.count(clean));
  }

  /** The leaflet in this language, or in another it has (English first, then its source). */
  @Transactional(readOnly = true)
  public LeafletReading read(long id, String language) {
    return repository.read(id, language).orElseThrow(() -> new LeafletNotFoundException(id));
  }

  /** The published leaflet's PDF. */
  @Transactional(readOnly = true)
  public byte[] pdf(long id) {
    return leaflets.pdf(id, true).orElseThrow(() -> new LeafletNotFoundException(id));
  }

  /** Countries that published leaflets are about, refreshed every minute. */
  @Transactional(readOnly = true)
  public List<String> destinations() {
    Instant now = clock.instant();
    if (destinations == null || destinationsAt.plus(DESTINATIONS_FOR).isBefore(now)) {
      destinations = List.copyOf(repository.destinations());
      destinationsAt = now;
    }
    return destinations;
  }

  /** The languages a leaflet may be written in (the portal's eight). */
  public static List<String> languages() {
    return LeafletLanguages.TAGS;
  }

  /** Whether text in this language runs right to left. */
  public static boolean rightToLeft(String language) {
    return LeafletLanguages.rightToLeft(language);
  }

  private static String clip(String s, int max) {
    return s.codePointCount(0, s.length()) <= max
        ? s
        : s.substring(0, s.offsetByCodePoints(0, max));
  }
}
