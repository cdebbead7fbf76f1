package org.safar.agencies;

import java.time.LocalDate;

/**
 * One recruitment agency as the latest official list of its country has it.
 *
 * @param listSource where that list came from (e.g. the ministry's bureau), null before any list
 * @param listDate the date of that list
 */
public record Agency(
    long id,
    String countryCode,
    String licenceNumber,
    String name,
    String address,
    AgencyStatus status,
    LocalDate validFrom,
    LocalDate validUntil,
    String listSource,
    LocalDate listDate,
    int version) {

  /** Valid on the list, but the licence ran out before {@code today}. */
  public boolean expired(LocalDate today) {
    return status == AgencyStatus.VALID && validUntil != null && validUntil.isBefore(today);
  }

  /** Whether a person may deal with the agency today. */
  public boolean licensedOn(LocalDate today) {
    return status.licensed() && !expired(today);
  }
}
