package org.safar.assistance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.safar.assistance.ActionTheme;
import org.safar.assistance.ActivityKind;
import org.safar.assistance.AssistanceRoles;
import org.safar.assistance.EmployerKind;
import org.safar.assistance.Expert;
import org.safar.assistance.ExpertRoster;
import org.safar.assistance.Region;
import org.safar.assistance.RosterQuery;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
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

/** The expert roster: one search over experts and their deployments; an expert's history. */
@Controller
@RequestMapping("/assistance/experts")
@PreAuthorize(AssistanceRoles.READ)
class ExpertController {

  private final ExpertRoster roster;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  ExpertController(ExpertRoster roster, OrgUnits orgUnits, AuditLog audit) {
    this.roster = roster;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  @GetMapping
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ActionTheme expertise,
      @RequestParam(required = false) ActivityKind kind,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) Region region,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      HttpServletRequest request,
      Model model) {
    String iso =
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    RosterQuery query = new RosterQuery(q, expertise, kind, iso, region);
    model.addAttribute("result", roster.search(query, Math.max(0, page), 25));
    model.addAttribute("query", query);
    model.addAttribute("themes", ActionTheme.values());
    model.addAttribute("kinds", ActivityKind.values());
    model.addAttribute("regions", Region.values());
    model.addAttribute("countries", Countries.all(locale));
    model.addAttribute("mayEdit", Rejections.mayEdit(request));
    return "assistance/experts";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    model.addAttribute("expert", roster.get(id));
    model.addAttribute("deployments", roster.history(id));
    model.addAttribute("mayEdit", Rejections.mayEdit(request));
    model.addAttribute("history", audit.history("ta_expert", id));
    return "assistance/expert";
  }

  @GetMapping("/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String newExpert(Locale locale, Model model) {
    ExpertForm form = new ExpertForm();
    List<OrgUnit> keepers = keepers();
    if (!keepers.isEmpty()) {
      form.setOwnerOrgUnitId(keepers.get(0).id());
    }
    return form(form, null, locale, model);
  }

  @PostMapping("/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String add(
      @ModelAttribute("expert") ExpertForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, locale, model);
    }
    try {
      long id = roster.add(form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.expert");
      return "redirect:/assistance/experts/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, null, locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    return form(ExpertForm.of(roster.get(id)), id, locale, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("expert") ExpertForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    roster.get(id);
    if (errors.hasErrors()) {
      return form(form, id, locale, model);
    }
    try {
      roster.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.expert");
      return "redirect:/assistance/experts/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      Expert current = roster.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, locale, model);
    }
  }

  private String form(ExpertForm form, Long id, Locale locale, Model model) {
    model.addAttribute("expert", form);
    model.addAttribute("expertId", id);
    model.addAttribute("keepers", keepers());
    model.addAttribute("kinds", EmployerKind.values());
    model.addAttribute("themes", ActionTheme.values());
    model.addAttribute("countries", Countries.all(locale));
    return "assistance/expert-form";
  }

  private List<OrgUnit> keepers() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(OrgUnit::active)
        .toList();
  }
}
