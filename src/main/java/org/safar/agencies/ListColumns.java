package org.safar.agencies;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns an official list has, found by their header names whatever their order. */
final class ListColumns {

  static final String LICENCE = "licence_number";
  static final String NAME = "name";
  static final String ADDRESS = "address";
  static final String STATUS = "status";
  static final String VALID_FROM = "valid_from";
  static final String VALID_UNTIL = "valid_until";

  static final List<String> REQUIRED = List.of(LICENCE, NAME, STATUS);
  static final List<String> ALL = List.of(LICENCE, NAME, ADDRESS, STATUS, VALID_FROM, VALID_UNTIL);

  /** Other spellings seen in ministries' lists. */
  private static final Map<String, String> ALIASES =
      Map.of(
          "licence_no", LICENCE,
          "licence", LICENCE,
          "agency_name", NAME,
          "agency", NAME,
          "valid_to", VALID_UNTIL,
          "expiry_date", VALID_UNTIL,
          "issue_date", VALID_FROM);

  private ListColumns() {}

  /** "Licence Number", "license-number" and "LICENCE_NUMBER" are one column. */
  static String canonical(String header) {
    if (header == null) {
      return "";
    }
    String h =
        header
            .strip()
            .replace("\uFEFF", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\-.]+", "_")
            .replace("license", "licence");
    return ALIASES.getOrDefault(h, h);
  }
}
