package org.safar.orgunits.web;

import java.util.Locale;
import org.safar.orgunits.Countries;
import org.safar.orgunits.InvalidOrgUnitException;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
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

/** Browse org units in scope; administrators add and change them. */
@Controller
@RequestMapping("/orgunits")
class OrgUnitController {

  private static final int PAGE_SIZE = 50;

  private final OrgUnits orgUnits;

  OrgUnitController(OrgUnits orgUnits) {
    this.orgUnits = orgUnits;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) OrgUnitKind kind,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute(
        "result", orgUnits.search(orgUnits.currentScope(), q, kind, Math.max(0, page), PAGE_SIZE));
    model.addAttribute("q", q);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", OrgUnitKind.values());
    return "orgunits/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    OrgUnit unit = orgUnits.getInScope(id);
    model.addAttribute("unit", unit);
    model.addAttribute(
        "parent", unit.parentId() == null ? null : orgUnits.find(unit.parentId()).orElse(null));
    return "orgunits/show";
  }

  @GetMapping("/new")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String newUnit(@RequestParam long parent, Model model, Locale locale) {
    OrgUnit parentUnit = orgUnits.getInScope(parent);
    if (parentUnit.kind() == OrgUnitKind.MRC) {
      return "redirect:/orgunits/" + parent;
    }
    OrgUnitForm form = new OrgUnitForm();
    form.setParentId(parent);
    form.setKind(OrgUnitKind.values()[parentUnit.kind().ordinal() + 1]);
    return form(form, null, parentUnit, model, locale);
  }

  @PostMapping("/new")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String create(
      @ModelAttribute("unit") OrgUnitForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    OrgUnit parent = orgUnits.getInScope(form.getParentId() == null ? -1 : form.getParentId());
    if (errors.hasErrors()) {
      return form(form, null, parent, model, locale);
    }
    try {
      OrgUnit created = orgUnits.create(form.toDraft(), orgUnits.currentScope());
      redirect.addFlashAttribute("saved", "orgunit.saved.created");
      return "redirect:/orgunits/" + created.id();
    } catch (InvalidOrgUnitException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, parent, model, locale);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String edit(@PathVariable long id, Model model, Locale locale) {
    OrgUnit unit = orgUnits.getInScope(id);
    return form(OrgUnitForm.of(unit), id, null, model, locale);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize("hasRole('ADMINISTRATOR')")
  String update(
      @PathVariable long id,
      @ModelAttribute("unit") OrgUnitForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    OrgUnit existing = orgUnits.getInScope(id);
    form.setKind(existing.kind());
    if (errors.hasErrors()) {
      return form(form, id, null, model, locale);
    }
    OrgUnitScope scope = orgUnits.currentScope();
    try {
      orgUnits.update(id, form.getVersion(), form.toDraft(), scope);
      redirect.addFlashAttribute("saved", "orgunit.saved.updated");
      return "redirect:/orgunits/" + id;
    } catch (InvalidOrgUnitException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, null, model, locale);
    } catch (OptimisticLockingFailureException e) {
      errors.reject("conflict.savedMeanwhile");
      OrgUnit current = orgUnits.getInScope(id);
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, null, model, locale);
    }
  }

  private String form(OrgUnitForm form, Long id, OrgUnit parent, Model model, Locale locale) {
    model.addAttribute("unit", form);
    model.addAttribute("unitId", id);
    model.addAttribute("parent", parent);
    if (form.getKind() == OrgUnitKind.COUNTRY) {
      model.addAttribute("countries", Countries.all(locale));
    }
    return "orgunits/form";
  }
}
