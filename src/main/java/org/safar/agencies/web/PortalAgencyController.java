package org.safar.agencies.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.safar.agencies.Agency;
import org.safar.agencies.AgencyRegistry;
import org.safar.agencies.AgencyReports;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnit;
import org.safar.portal.PublicFormGuard;
import org.safar.shell.InvalidInputException;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public agency check and the report form, on the portal (no sign-in, no session). */
@Controller
@RequestMapping("/portal/agencies")
class PortalAgencyController {

  private final AgencyRegistry registry;
  private final AgencyReports reports;
  private final PortalMrcs mrcs;
  private final PublicFormGuard guard;
  private final Clock clock;

  PortalAgencyController(
      AgencyRegistry registry,
      AgencyReports reports,
      PortalMrcs mrcs,
      PublicFormGuard guard,
      Clock clock) {
    this.registry = registry;
    this.reports = reports;
    this.mrcs = mrcs;
    this.guard = guard;
    this.clock = clock;
  }

  @GetMapping
  String check(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String country,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      Model model) {
    ResultPage<Agency> result = registry.check(q, country, Math.max(0, page), 10);
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("searched", q != null && !q.isBlank());
    model.addAttribute("country", country);
    java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
    countries().forEach(c -> names.put(c, Countries.name(c, locale)));
    result
        .rows()
        .forEach(a -> names.putIfAbsent(a.countryCode(), Countries.name(a.countryCode(), locale)));
    model.addAttribute("countries", names);
    model.addAttribute("result", result);
    model.addAttribute("today", today());
    model.addAttribute("hotlines", names.containsKey(country) ? mrcs.in(country) : mrcs.all());
    return "agencies/portal-check";
  }

  @GetMapping("/{id}")
  String agency(@PathVariable long id, Locale locale, Model model) {
    Agency agency = registry.get(id);
    model.addAttribute("agency", agency);
    model.addAttribute("countryName", Countries.name(agency.countryCode(), locale));
    model.addAttribute("today", today());
    model.addAttribute("mrcs", mrcs.in(agency.countryCode()));
    return "agencies/portal-agency";
  }

  @GetMapping("/report")
  String reportForm(@RequestParam(required = false) Long agency, Model model) {
    AgencyReportForm form = new AgencyReportForm();
    if (agency != null) {
      try {
        Agency a = registry.get(agency);
        form.setAgencyId(a.id());
        form.setAgency(a.name() + " (" + a.licenceNumber() + ")");
        mrcs.in(a.countryCode()).stream().findFirst().ifPresent(m -> form.setMrcId(m.id()));
      } catch (RuntimeException notFound) {
        // a stale link: the visitor types the agency's name instead
      }
    }
    return form(form, model);
  }

  @PostMapping("/report")
  String report(
      @ModelAttribute("report") AgencyReportForm form,
      BindingResult errors,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model) {
    switch (guard.admit(request.getRemoteAddr(), form.getWebsite())) {
      case MACHINE -> {
        return "agencies/portal-report-sent";
      }
      case TOO_MANY -> {
        response.setStatus(429);
        model.addAttribute("tooMany", true);
        return form(form, model);
      }
      case ADMITTED -> {}
    }
    Set<Long> open = mrcs.all().stream().map(OrgUnit::id).collect(Collectors.toSet());
    form.validate(errors, open);
    if (errors.hasErrors()) {
      return form(form, model);
    }
    try {
      long reference = reports.report(form.toReport(locale.toLanguageTag()));
      model.addAttribute("reference", Long.toString(reference));
      return "agencies/portal-report-sent";
    } catch (InvalidInputException e) {
      errors.reject("portal.report.error.refused");
      return form(form, model);
    }
  }

  private String form(AgencyReportForm form, Model model) {
    model.addAttribute("report", form);
    model.addAttribute("mrcs", mrcs.all());
    return "agencies/portal-report";
  }

  private java.util.List<String> countries() {
    return mrcs.all().stream().map(OrgUnit::countryCode).distinct().sorted().toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }
}
