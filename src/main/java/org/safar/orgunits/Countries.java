package org.safar.orgunits;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 countries, named in the reader's language from the JDK's CLDR data. */
public final class Countries {

  private static final Set<String> CODES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  private Countries() {}

  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  public static String name(String code, Locale locale) {
    return code == null
        ? ""
        : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
  }

  /** Every country as {code, name}, sorted by name in the reader's language. */
  public static List<String[]> all(Locale locale) {
    return Arrays.stream(Locale.getISOCountries())
        .map(c -> new String[] {c, name(c, locale)})
        .sorted(Comparator.comparing((String[] c) -> c[1]))
        .toList();
  }
}
