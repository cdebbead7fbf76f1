package org.safar.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;

/**
 * An entry of the portfolio: a programme, a project under it, or a component of a project. An empty
 * end date means the work is still running.
 */
public record Programme(
    Long id,
    Long parentId,
    PortfolioLevel level,
    String code,
    String title,
    String summary,
    List<String> donors,
    List<String> implementers,
    List<String> countryCodes,
    LocalDate startDate,
    LocalDate endDate,
    long ownerOrgUnitId,
    int version) {

  public Programme {
    donors = List.copyOf(donors);
    implementers = List.copyOf(implementers);
    countryCodes = List.copyOf(countryCodes);
  }

  /** Running, completed or planned on the given day. */
  public String statusKey(LocalDate today) {
    if (startDate != null && startDate.isAfter(today)) {
      return "portfolio.status.planned";
    }
    if (endDate != null && endDate.isBefore(today)) {
      return "portfolio.status.completed";
    }
    return "portfolio.status.running";
  }

  public List<String> countryNames(Locale locale) {
    return countryCodes.stream().map(c -> Countries.name(c, locale)).toList();
  }
}
