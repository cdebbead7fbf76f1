package org.safar.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safar.orgunits.Countries;
import org.safar.portal.Audience;
import org.safar.portal.LeafletReading;
import org.safar.portal.LeafletTopic;
import org.safar.portal.PublicLeafletSearch;
import org.safar.portal.PublicLeaflets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Browse and search the published leaflets, and read one. */
@Controller
class PublicLeafletController {

  /** The {@code in} filter's value for "every language". */
  static final String ALL_LANGUAGES = "all";

  private final PublicLeaflets leaflets;

  PublicLeafletController(PublicLeaflets leaflets) {
    this.leaflets = leaflets;
  }

  /**
   * The library. {@code in} is the leaflets' language: absent means the page's own language, {@code
   * all} every language (it is not called {@code lang}, which switches the page's language).
   */
  @GetMapping("/portal/leaflets")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String topic,
      @RequestParam(required = false) String destination,
      @RequestParam(required = false) String audience,
      @RequestParam(name = "in", required = false) String in,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      HttpServletResponse response,
      Model model) {
    String pageLanguage = PortalPages.language(locale);
    String language =
        in == null ? pageLanguage : PublicLeaflets.languages().contains(in) ? in : null;
    String country = destination == null || destination.isBlank() ? null : destination.strip();
    PublicLeafletSearch search =
        new PublicLeafletSearch(
            q,
            parse(LeafletTopic.class, topic),
            Countries.isKnown(country) ? country : null,
            parse(Audience.class, audience),
            language);
    model.addAttribute("result", leaflets.search(search, Math.max(0, Math.min(page, 500)), 20));
    model.addAttribute("search", search);
    model.addAttribute("in", language == null ? ALL_LANGUAGES : language);
    model.addAttribute("topics", LeafletTopic.values());
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("languages", PublicLeaflets.languages());
    model.addAttribute("destinations", leaflets.destinations());
    model.addAttribute("countryNames", PortalPages.countryNames(locale, leaflets.destinations()));
    PortalPages.cacheable(response);
    return "portal/leaflets";
  }

  /** A leaflet in the page's language, or in another it has, with a note saying so. */
  @GetMapping("/portal/leaflets/{id}")
  String read(@PathVariable long id, Locale locale, HttpServletResponse response, Model model) {
    return show(leaflets.read(id, PortalPages.language(locale)), locale, response, model);
  }

  /** A leaflet in a chosen language (links from search results and "also in"). */
  @GetMapping("/portal/leaflets/{id}/{language}")
  String readIn(
      @PathVariable long id,
      @PathVariable String language,
      Locale locale,
      HttpServletResponse response,
      Model model) {
    if (!PublicLeaflets.languages().contains(language)) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    return show(leaflets.read(id, language), locale, response, model);
  }

  @GetMapping("/portal/leaflets/{id}/leaflet.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("leaflet-" + id + ".pdf").build().toString())
        .body(leaflets.pdf(id));
  }

  private String show(
      LeafletReading leaflet, Locale locale, HttpServletResponse response, Model model) {
    model.addAttribute("leaflet", leaflet);
    model.addAttribute("rtl", PublicLeaflets.rightToLeft(leaflet.language()));
    model.addAttribute("countryNames", PortalPages.countryNames(locale, leaflet.destinations()));
    model.addAttribute("asked", PortalPages.language(locale));
    PortalPages.cacheable(response);
    return "portal/leaflet";
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
