package org.safar.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Safar ships, with the direction each script is written in. */
public enum SupportedLocale {
  ENGLISH("en", "English", false),
  RUSSIAN("ru", "Русский", false),
  DARI("fa-AF", "دری", true),
  ARABIC("ar", "العربية", true);

  private final Locale locale;
  private final String nativeName;
  private final boolean rightToLeft;

  SupportedLocale(String tag, String nativeName, boolean rightToLeft) {
    this.locale = Locale.forLanguageTag(tag);
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  public Locale locale() {
    return locale;
  }

  public String tag() {
    return locale.toLanguageTag();
  }

  public String nativeName() {
    return nativeName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public static List<SupportedLocale> all() {
    return Arrays.asList(values());
  }

  /** The best shipped match: exact tag, then same language, else nothing. */
  public static Optional<SupportedLocale> match(Locale requested) {
    if (requested == null) {
      return Optional.empty();
    }
    for (SupportedLocale s : values()) {
      if (s.locale.equals(requested)) {
        return Optional.of(s);
      }
    }
    for (SupportedLocale s : values()) {
      if (s.locale.getLanguage().equals(requested.getLanguage())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  public static SupportedLocale of(Locale requested) {
    return match(requested).orElse(ENGLISH);
  }
}
