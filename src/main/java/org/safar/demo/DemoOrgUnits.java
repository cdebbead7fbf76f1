package org.safar.demo;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitDraft;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;

/**
 * The MRCs named in the reference documents, each inside the ministry that hosts it. Addresses name
 * the city only, and the phone numbers are made up (they end in 0000): demo contact details must
 * never send a migrant to a real line.
 */
final class DemoOrgUnits {

  private DemoOrgUnits() {}

  /** A country, its hosting ministry and the MRCs in it. */
  record Country(String iso, String ministryCode, String ministry, List<Mrc> mrcs) {}

  /** One MRC's public details. */
  record Mrc(
      String code,
      String name,
      String city,
      String hotline,
      String hours,
      List<String> languages) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country(
              "AF",
              "AF-MORR",
              "Ministry of Refugees and Repatriation",
              List.of(
                  new Mrc(
                      "MRC-KABUL",
                      "MRC Kabul",
                      "Kabul",
                      "+93 20 000 0000",
                      "Sat–Wed 08:00–16:00",
                      List.of("fa-AF", "ps", "en")))),
          new Country(
              "BD",
              "BD-MOEWOE",
              "Ministry of Expatriates' Welfare and Overseas Employment",
              List.of(
                  new Mrc(
                      "MRC-DHAKA",
                      "MRC Dhaka",
                      "Dhaka",
                      "+880 2 000 0000",
                      "Sun–Thu 09:00–17:00",
                      List.of("bn", "en")),
                  new Mrc(
                      "MRC-CUMILLA",
                      "MRC Cumilla",
                      "Cumilla",
                      "+880 81 000 0000",
                      "Sun–Thu 09:00–17:00",
                      List.of("bn", "en")))),
          new Country(
              "IQ",
              "IQ-MOMD",
              "Ministry of Migration and Displaced",
              List.of(
                  new Mrc(
                      "MRC-BAGHDAD",
                      "MRC Baghdad",
                      "Baghdad",
                      "+964 1 000 0000",
                      "Sun–Thu 08:00–15:00",
                      List.of("ar", "ku", "en")))),
          new Country(
              "PK",
              "PK-MOPHRD",
              "Ministry of Overseas Pakistanis and Human Resource Development",
              List.of(
                  new Mrc(
                      "MRC-LAHORE",
                      "MRC Lahore",
                      "Lahore",
                      "+92 42 000 0000",
                      "Mon–Fri 09:00–17:00",
                      List.of("ur", "pa", "en")),
                  new Mrc(
                      "MRC-ISLAMABAD",
                      "MRC Islamabad",
                      "Islamabad",
                      "+92 51 000 0000",
                      "Mon–Fri 09:00–17:00",
                      List.of("ur", "en")))),
          new Country(
              "TJ",
              "TJ-MLME",
              "Ministry of Labour, Migration and Employment of Population",
              List.of(
                  new Mrc(
                      "MRC-DUSHANBE",
                      "MRC Dushanbe",
                      "Dushanbe",
                      "+992 37 000 0000",
                      "Mon–Fri 08:00–17:00",
                      List.of("tg", "ru", "en")))));

  static void load(OrgUnits orgUnits) {
    long network = orgUnits.network().id();
    // a scope is a snapshot, so it is taken again after each new unit
    Supplier<OrgUnitScope> everything = () -> orgUnits.scopeOf(Set.of(network));
    for (Country c : COUNTRIES) {
      OrgUnit country =
          orgUnits.create(
              unit(network, OrgUnitKind.COUNTRY, c.iso(), c.iso(), c.iso(), null),
              everything.get());
      OrgUnit ministry =
          orgUnits.create(
              unit(
                  country.id(),
                  OrgUnitKind.INSTITUTION,
                  c.ministryCode(),
                  c.ministry(),
                  null,
                  null),
              everything.get());
      for (Mrc m : c.mrcs()) {
        orgUnits.create(
            new OrgUnitDraft(
                ministry.id(),
                OrgUnitKind.MRC,
                m.code(),
                m.name(),
                null,
                "Inside the " + c.ministry() + ", " + m.city(),
                m.city(),
                m.hotline(),
                null,
                m.hours(),
                m.languages(),
                true),
            everything.get());
      }
    }
  }

  private static OrgUnitDraft unit(
      long parent, OrgUnitKind kind, String code, String name, String country, String city) {
    return new OrgUnitDraft(
        parent, kind, code, name, country, null, city, null, null, null, List.of(), true);
  }
}
