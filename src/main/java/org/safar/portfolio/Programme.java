package org.safar.portfolio;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;

/**
 * An entry of the portfolio: a programme, a project under it, or a component of a project. An empty
 * end date means the work has no fixed end. The budget, when known, is in {@code currency} (ISO
 * 4217); implementers carry the work out, beneficiaries are the institutions it strengthens.
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
    List<String> beneficiaries,
    List<String> countryCodes,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal budget,
    String currency,
    ProgrammeStatus status,
    long ownerOrgUnitId,
    int version) {

  public Programme {
    donors = List.copyOf(donors);
    implementers = List.copyOf(implementers);
    beneficiaries = List.copyOf(beneficiaries);
    countryCodes = List.copyOf(countryCodes);
  }

  public List<String> countryNames(Locale locale) {
    return countryCodes.stream().map(c -> Countries.name(c, locale)).toList();
  }

  /** "EUR 5,000,000.00" in the reader's number format, or null when no budget is recorded. */
  public String budgetText(Locale locale) {
    if (budget == null) {
      return null;
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    f.setMinimumFractionDigits(Math.max(0, digits));
    f.setMaximumFractionDigits(Math.max(0, digits));
    return currency + " " + f.format(budget);
  }
}
