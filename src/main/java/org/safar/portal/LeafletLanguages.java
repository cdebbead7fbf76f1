package org.safar.portal;

import java.util.List;
import org.safar.shell.SupportedLocale;

/**
 * The languages a leaflet can be written in (the portal's eight) and the PostgreSQL text-search
 * configuration of each: a Snowball stemmer where PostgreSQL ships one (English, Russian, Arabic),
 * otherwise {@code simple} (whole words, lower-cased), helped by trigram matching of titles and
 * summaries and by word prefixes.
 */
final class LeafletLanguages {

  static final List<String> TAGS =
      SupportedLocale.portal().stream().map(SupportedLocale::tag).toList();

  private LeafletLanguages() {}

  static boolean isKnown(String tag) {
    return tag != null && TAGS.contains(tag);
  }

  static String tsConfig(String tag) {
    return switch (tag) {
      case "en" -> "english";
      case "ru" -> "russian";
      case "ar" -> "arabic";
      default -> "simple";
    };
  }

  static boolean stemmed(String tag) {
    return !"simple".equals(tsConfig(tag));
  }

  static boolean rightToLeft(String tag) {
    return SupportedLocale.portal().stream().anyMatch(l -> l.tag().equals(tag) && l.rightToLeft());
  }
}
