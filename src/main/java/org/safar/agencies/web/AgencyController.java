package org.safar.agencies.web;

import java.util.Locale;
import org.safar.agencies.Agency;
import org.safar.agencies.AgencyFilter;
import org.safar.agencies.AgencyImports;
import org.safar.agencies.AgencyRegistry;
import org.safar.agencies.AgencyStatus;
import org.safar.orgunits.Countries;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry for staff: the list with search and filters, and one agency's history. */
@Controller
@RequestMapping("/agencies")
class AgencyController {

  private final AgencyRegistry registry;
  private final AgencyImports imports;

  AgencyController(AgencyRegistry registry, AgencyImports imports) {
    this.registry = registry;
    this.imports = imports;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) AgencyStatus status,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    String code = country == null || country.isBlank() ? null : country.strip();
    AgencyFilter filter = new AgencyFilter(q == null ? null : q.strip(), code, status);
    ResultPage<Agency> result = registry.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", AgencyStatus.values());
    var lists = registry.latestLists();
    model.addAttribute("lists", lists);
    java.util.Map<String, String> names = new java.util.TreeMap<>();
    lists.forEach(l -> names.put(l.countryCode(), Countries.name(l.countryCode(), locale)));
    model.addAttribute("countryNames", names);
    model.addAttribute("canImport", !imports.countries().isEmpty());
    return "agencies/agencies";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, Model model) {
    Agency agency = registry.get(id);
    model.addAttribute("agency", agency);
    model.addAttribute("countryName", Countries.name(agency.countryCode(), locale));
    model.addAttribute("history", registry.history(id));
    return "agencies/agency";
  }
}
