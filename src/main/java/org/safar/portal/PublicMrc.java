package org.safar.portal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An MRC as the portal shows it: the org unit's own contact details and the portal's profile (where
 * it is on a map, how to find it).
 */
public record PublicMrc(
    long id,
    String name,
    String countryCode,
    String address,
    String city,
    String hotline,
    String email,
    String openingHours,
    List<String> languages,
    BigDecimal latitude,
    BigDecimal longitude,
    String directions,
    String ownMapLink) {

  public PublicMrc {
    languages = List.copyOf(languages);
  }

  /**
   * The map link staff gave (https only), or else a link to the place on OpenStreetMap; only a
   * link, the page itself loads no map.
   */
  public String mapLink() {
    if (ownMapLink != null) {
      return ownMapLink;
    }
    if (latitude == null || longitude == null) {
      return null;
    }
    String lat = latitude.toPlainString();
    String lon = longitude.toPlainString();
    return "https://www.openstreetmap.org/?mlat="
        + lat
        + "&mlon="
        + lon
        + "#map=17/"
        + lat
        + "/"
        + lon;
  }

  /** Whether {@link #mapLink()} points to OpenStreetMap (worked out, not given by staff). */
  public boolean openStreetMapLink() {
    return ownMapLink == null;
  }

  /** The hotline as a {@code tel:} link (digits and a leading plus only). */
  public String telLink() {
    return hotline == null ? null : "tel:" + hotline.replaceAll("[^0-9+]", "");
  }

  public List<String> languageNames(Locale locale) {
    return languages.stream()
        .map(tag -> Locale.forLanguageTag(tag).getDisplayName(locale))
        .toList();
  }
}
