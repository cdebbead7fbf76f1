package org.safar.assistance;

import java.util.List;

/** Regions the roster is searched by, as lists of ISO 3166 countries. */
public enum Region implements AssistanceTerm {
  CENTRAL_ASIA(List.of("KZ", "KG", "TJ", "TM", "UZ")),
  SOUTH_CAUCASUS(List.of("AM", "AZ", "GE")),
  SOUTH_ASIA(List.of("AF", "BD", "BT", "IN", "LK", "MV", "NP", "PK")),
  SOUTHEAST_ASIA(List.of("BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN")),
  MIDDLE_EAST(List.of("IQ", "IR", "JO", "LB", "SY", "TR", "YE"));

  private final List<String> countries;

  Region(List<String> countries) {
    this.countries = countries;
  }

  public List<String> countries() {
    return countries;
  }

  @Override
  public String vocabulary() {
    return "region";
  }
}
