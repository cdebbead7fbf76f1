package org.safar.agencies;

import java.time.LocalDate;

/** One row of an official list that passed every check; {@code row} is its row in the file. */
public record ListedAgency(
    int row,
    String licenceNumber,
    String name,
    String address,
    AgencyStatus status,
    LocalDate validFrom,
    LocalDate validUntil) {}
