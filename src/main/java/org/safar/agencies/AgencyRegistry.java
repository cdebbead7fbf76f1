package org.safar.agencies;

import java.util.List;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the registry: the staff list and agency page, and the portal's check. */
@Service
public class AgencyRegistry {

  /** The longest search the portal takes; longer text is cut, not refused. */
  public static final int MAX_QUERY = 120;

  private final AgencyRepository repository;

  AgencyRegistry(AgencyRepository repository) {
    this.repository = repository;
  }

  @Transactional(readOnly = true)
  public ResultPage<Agency> search(AgencyFilter filter, int page, int size) {
    long total = repository.count(filter);
    return ResultPage.counted(
        repository.search(filter, size, (long) page * size), page, size, total);
  }

  @Transactional(readOnly = true)
  public Agency get(long id) {
    return repository.findById(id).orElseThrow(() -> new AgencyNotFoundException("agency " + id));
  }

  @Transactional(readOnly = true)
  public List<StatusChange> history(long id) {
    return repository.history(id);
  }

  /**
   * The portal's check: by licence number or name, in one country or all; nothing for an empty
   * search (the registry is not browsed whole from the portal).
   */
  @Transactional(readOnly = true)
  public ResultPage<Agency> check(String text, String country, int page, int size) {
    String q = text == null ? "" : text.strip();
    if (q.length() > MAX_QUERY) {
      q = q.substring(0, MAX_QUERY);
    }
    if (Keys.name(q).isEmpty()) {
      return new ResultPage<>(List.of(), 0, size, 0);
    }
    String c = country == null || country.isBlank() ? null : country.strip();
    long total = repository.publicCount(q, c);
    return ResultPage.counted(
        repository.publicSearch(q, c, size, (long) page * size), page, size, total);
  }

  /** The latest official list of each country: code, source, list date, when imported. */
  @Transactional(readOnly = true)
  public List<LatestList> latestLists() {
    return repository.latestLists().stream()
        .map(
            r ->
                new LatestList(
                    ((String) r[0]).strip(),
                    (String) r[1],
                    (java.time.LocalDate) r[2],
                    (java.time.Instant) r[3]))
        .toList();
  }

  /** The newest list a country's registry comes from. */
  public record LatestList(
      String countryCode,
      String source,
      java.time.LocalDate listDate,
      java.time.Instant importedAt) {}
}
