package org.safar.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.safar.orgunits.Countries;
import org.safar.shell.SupportedLocale;

/** What the portal's pages share: the page's language, country names, caching. */
final class PortalPages {

  private PortalPages() {}

  /** The page's language tag (one of the portal's eight). */
  static String language(Locale locale) {
    return SupportedLocale.forPortal(locale).tag();
  }

  /** Country names in the reader's language, by ISO code. */
  static Map<String, String> countryNames(Locale locale, Iterable<String> codes) {
    Map<String, String> names = new HashMap<>();
    for (String code : codes) {
      names.put(code, Countries.name(code, locale));
    }
    return names;
  }

  /**
   * Lets browsers and shared caches keep a public page for five minutes. The page's language comes
   * from the language cookie or the browser's languages, so caches must tell those apart.
   */
  static void cacheable(HttpServletResponse response) {
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Vary", "Accept-Language, Cookie");
  }
}
