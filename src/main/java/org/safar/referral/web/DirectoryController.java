package org.safar.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.referral.DirectoryAccess;
import org.safar.referral.ProviderFilter;
import org.safar.referral.ProviderKind;
import org.safar.referral.ServiceDirectory;
import org.safar.referral.ServiceProvider;
import org.safar.referral.ServiceType;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The service directory: search providers by service and place; add and correct them. */
@Controller
@RequestMapping("/referrals/providers")
@PreAuthorize(DirectoryAccess.READ)
class DirectoryController {

  private final ServiceDirectory directory;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  DirectoryController(ServiceDirectory directory, OrgUnits orgUnits, AuditLog audit) {
    this.directory = directory;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ServiceType service,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) String language,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      HttpServletRequest request,
      Model model) {
    ProviderFilter filter =
        new ProviderFilter(q, service, blankToNull(country), district, blankToNull(language));
    model.addAttribute("result", directory.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("countries", Countries.all(locale));
    model.addAttribute("countryNames", countryNames(locale));
    model.addAttribute("mayAdd", DirectoryAccess.EDITORS.stream().anyMatch(request::isUserInRole));
    return "referral/providers";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, HttpServletRequest request, Model model) {
    ServiceProvider provider = directory.get(id);
    model.addAttribute("provider", provider);
    model.addAttribute("keeper", orgUnits.find(provider.orgUnitId()).map(OrgUnit::name).orElse(""));
    model.addAttribute(
        "safarUnit",
        provider.safarOrgUnitId() == null
            ? null
            : orgUnits.find(provider.safarOrgUnitId()).map(OrgUnit::name).orElse(null));
    model.addAttribute(
        "mayChange",
        DirectoryAccess.EDITORS.stream().anyMatch(request::isUserInRole)
            && directory.mayChange(provider));
    model.addAttribute("countryNames", countryNames(locale));
    model.addAttribute("history", audit.history("service_provider", id));
    return "referral/provider";
  }

  @GetMapping("/new")
  @PreAuthorize(DirectoryAccess.EDIT)
  String newProvider(Locale locale, Model model) {
    ProviderForm form = new ProviderForm();
    List<OrgUnit> keepers = keepers();
    if (!keepers.isEmpty()) {
      form.setOrgUnitId(keepers.get(0).id());
    }
    return form(form, null, locale, model);
  }

  @PostMapping("/new")
  @PreAuthorize(DirectoryAccess.EDIT)
  String add(
      @ModelAttribute("provider") ProviderForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, locale, model);
    }
    try {
      long id = directory.add(form.toDraft());
      redirect.addFlashAttribute("saved", "provider.saved.created");
      return "redirect:/referrals/providers/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(DirectoryAccess.EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    return form(ProviderForm.of(directory.get(id)), id, locale, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(DirectoryAccess.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("provider") ProviderForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, id, locale, model);
    }
    try {
      directory.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "provider.saved.updated");
      return "redirect:/referrals/providers/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      ServiceProvider current = directory.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, locale, model);
    }
  }

  private String form(ProviderForm form, Long id, Locale locale, Model model) {
    model.addAttribute("provider", form);
    model.addAttribute("providerId", id);
    model.addAttribute("keepers", keepers());
    model.addAttribute("institutions", institutions());
    model.addAttribute("kinds", ProviderKind.values());
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("countries", Countries.all(locale));
    return "referral/provider-form";
  }

  /** The units in scope that can keep a provider's record. */
  private List<OrgUnit> keepers() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(OrgUnit::active)
        .toList();
  }

  /** Institutions a provider working in Safar can be (its staff are scoped to one). */
  private List<OrgUnit> institutions() {
    return orgUnits.tree(orgUnits.scopeOf(Set.of(orgUnits.network().id()))).stream()
        .map(OrgUnitRow::unit)
        .filter(u -> u.kind() == OrgUnitKind.INSTITUTION && u.active())
        .toList();
  }

  private static Map<String, String> countryNames(Locale locale) {
    Map<String, String> names = new HashMap<>();
    for (String[] country : Countries.all(locale)) {
      names.put(country[0], country[1]);
    }
    return names;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
