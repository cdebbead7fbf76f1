package org.safar.orgunits;

import java.util.List;
import java.util.Locale;

/**
 * One org unit. Countries carry their ISO 3166-1 code; institutions and MRCs repeat the code of the
 * country they sit in, so a record can be placed on a map without walking the tree.
 */
public record OrgUnit(
    Long id,
    Long parentId,
    OrgUnitKind kind,
    String code,
    String name,
    String countryCode,
    String address,
    String city,
    String hotline,
    String email,
    String openingHours,
    List<String> languages,
    boolean active,
    int version) {

  public OrgUnit {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** The country's name in the reader's language (from ISO 3166 and the JDK's CLDR data). */
  public String countryName(Locale locale) {
    return Countries.name(countryCode, locale);
  }

  /** The name to show: a country by its name in the reader's language, others as recorded. */
  public String displayName(Locale locale) {
    return kind == OrgUnitKind.COUNTRY ? countryName(locale) : name;
  }

  /** The languages spoken at this unit, each named in the reader's language. */
  public List<String> languageNames(Locale locale) {
    return languages.stream()
        .map(tag -> Locale.forLanguageTag(tag).getDisplayName(locale))
        .toList();
  }
}
