package org.safar.portal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff enter for an MRC's public profile: the contact details the org unit keeps (address,
 * city, hotline, e-mail, opening hours, languages) and the portal's own (position, directions, map
 * link, whether it is listed). Texts are kept as typed, in one language.
 */
public record MrcProfileDraft(
    String address,
    String city,
    String hotline,
    String email,
    String openingHours,
    List<String> languages,
    BigDecimal latitude,
    BigDecimal longitude,
    String directions,
    String mapLink,
    boolean listed) {

  public MrcProfileDraft {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }
}
