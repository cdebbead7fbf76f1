package org.safar.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;
import org.safar.portal.PublicLeafletSearch;
import org.safar.portal.PublicLeaflets;
import org.safar.portal.PublicMrc;
import org.safar.portal.PublicMrcs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The portal's front page, a page per country and one per MRC, and "find an MRC". */
@Controller
class PortalHomeController {

  private final PublicMrcs mrcs;
  private final PublicLeaflets leaflets;

  PortalHomeController(PublicMrcs mrcs, PublicLeaflets leaflets) {
    this.mrcs = mrcs;
    this.leaflets = leaflets;
  }

  @GetMapping("/portal")
  String home(Locale locale, HttpServletResponse response, Model model) {
    var byCountry = mrcs.byCountry();
    model.addAttribute("countries", byCountry.keySet());
    model.addAttribute("countryNames", PortalPages.countryNames(locale, byCountry.keySet()));
    model.addAttribute("latest", latest(locale));
    PortalPages.cacheable(response);
    return "portal/home";
  }

  @GetMapping("/portal/countries/{code}")
  String country(
      @PathVariable String code, Locale locale, HttpServletResponse response, Model model) {
    String iso = code.toUpperCase(Locale.ROOT);
    List<PublicMrc> here = mrcs.byCountry().get(iso);
    if (!Countries.isKnown(iso) || here == null) {
      throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
    model.addAttribute("country", iso);
    model.addAttribute("countryName", Countries.name(iso, locale));
    model.addAttribute("mrcs", here);
    model.addAttribute("latest", latest(locale));
    PortalPages.cacheable(response);
    return "portal/country";
  }

  @GetMapping("/portal/mrcs")
  String mrcs(Locale locale, HttpServletResponse response, Model model) {
    var byCountry = mrcs.byCountry();
    model.addAttribute("byCountry", byCountry);
    model.addAttribute("countryNames", PortalPages.countryNames(locale, byCountry.keySet()));
    PortalPages.cacheable(response);
    return "portal/mrcs";
  }

  @GetMapping("/portal/mrcs/{id}")
  String mrc(@PathVariable long id, Locale locale, HttpServletResponse response, Model model) {
    PublicMrc mrc =
        mrcs.find(id)
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    model.addAttribute("mrc", mrc);
    model.addAttribute("countryName", Countries.name(mrc.countryCode(), locale));
    model.addAttribute("latest", latest(locale));
    PortalPages.cacheable(response);
    return "portal/mrc";
  }

  /** The five newest leaflets in the page's language. */
  private List<org.safar.portal.PublicLeaflet> latest(Locale locale) {
    return leaflets
        .search(new PublicLeafletSearch(null, null, null, null, PortalPages.language(locale)), 0, 5)
        .rows();
  }
}
