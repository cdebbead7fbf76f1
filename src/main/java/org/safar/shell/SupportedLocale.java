package org.safar.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Safar ships, with the direction each script is written in. The staff pages are in
 * the first four; the public portal (paths under {@code /portal}) is in all eight.
 */
public enum SupportedLocale {
  ENGLISH("en", "English", false, true),
  RUSSIAN("ru", "Русский", false, true),
  DARI("fa-AF", "دری", true, true),
  ARABIC("ar", "العربية", true, true),
  TAJIK("tg", "Тоҷикӣ", false, false),
  PASHTO("ps", "پښتو", true, false),
  URDU("ur", "اردو", true, false),
  BENGALI("bn", "বাংলা", false, false);

  /** Where the public portal lives; its pages are offered in every language. */
  public static final String PORTAL_PATH = "/portal";

  private final Locale locale;
  private final String nativeName;
  private final boolean rightToLeft;
  private final boolean staff;

  SupportedLocale(String tag, String nativeName, boolean rightToLeft, boolean staff) {
    this.locale = Locale.forLanguageTag(tag);
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
    this.staff = staff;
  }

  /** Whether the staff pages are translated into this language. */
  public boolean staff() {
    return staff;
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

  /** The languages of the staff pages. */
  public static List<SupportedLocale> all() {
    return Arrays.stream(values()).filter(SupportedLocale::staff).toList();
  }

  /** The languages of the public portal: every one Safar ships. */
  public static List<SupportedLocale> portal() {
    return Arrays.asList(values());
  }

  /** The best staff-page match: exact tag, then same language, else nothing. */
  public static Optional<SupportedLocale> match(Locale requested) {
    return match(requested, all());
  }

  private static Optional<SupportedLocale> match(Locale requested, List<SupportedLocale> among) {
    if (requested == null) {
      return Optional.empty();
    }
    for (SupportedLocale s : among) {
      if (s.locale.equals(requested)) {
        return Optional.of(s);
      }
    }
    for (SupportedLocale s : among) {
      if (s.locale.getLanguage().equals(requested.getLanguage())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The staff-page language for a request: the best match, else English. */
  public static SupportedLocale of(Locale requested) {
    return match(requested).orElse(ENGLISH);
  }

  /** The portal language for a request: the best match among all eight, else English. */
  public static SupportedLocale forPortal(Locale requested) {
    return match(requested, portal()).orElse(ENGLISH);
  }

  /** The language for a page at this path: portal pages have all eight, staff pages four. */
  public static SupportedLocale forPath(String path, Locale requested) {
    return isPortal(path) ? forPortal(requested) : of(requested);
  }

  public static boolean isPortal(String path) {
    return path != null && (path.equals(PORTAL_PATH) || path.startsWith(PORTAL_PATH + "/"));
  }
}
