package org.safar.portal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An MRC's public profile as staff see it: the org unit's contact details with its version, and the
 * portal's profile with its own version ({@code profileVersion}; 0 while none was saved).
 */
public record MrcProfileSheet(
    long id,
    String code,
    String name,
    String countryCode,
    boolean active,
    int unitVersion,
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
    boolean listed,
    int profileVersion,
    Instant updatedAt,
    String updatedBy) {

  public MrcProfileSheet {
    languages = languages == null ? List.of() : List.copyOf(languages);
  }

  /** The message keys of what a visitor would look for and not find. */
  public List<String> missing() {
    List<String> keys = new ArrayList<>();
    if (address == null) {
      keys.add("mrcProfile.address");
    }
    if (openingHours == null) {
      keys.add("mrcProfile.openingHours");
    }
    if (hotline == null) {
      keys.add("mrcProfile.hotline");
    }
    if (languages.isEmpty()) {
      keys.add("mrcProfile.languages");
    }
    if (latitude == null || longitude == null) {
      keys.add("mrcProfile.coordinates");
    }
    if (directions == null) {
      keys.add("mrcProfile.directions");
    }
    return keys;
  }

  public boolean complete() {
    return missing().isEmpty();
  }

  /** Whether the portal shows this MRC (an active unit not taken off the list). */
  public boolean shown() {
    return active && listed;
  }
}
