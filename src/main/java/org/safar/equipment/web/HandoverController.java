package org.safar.equipment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.safar.audit.AuditLog;
import org.safar.equipment.EquipmentKind;
import org.safar.equipment.EquipmentRoles;
import org.safar.equipment.Handover;
import org.safar.equipment.HandoverFilter;
import org.safar.equipment.Handovers;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Equipment handovers: list, export, record, correct, delete. */
@Controller
@RequestMapping("/equipment")
@PreAuthorize(EquipmentRoles.READ)
class HandoverController {

  private final Handovers handovers;
  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final AuditLog audit;

  HandoverController(Handovers handovers, OrgUnits orgUnits, Portfolio portfolio, AuditLog audit) {
    this.handovers = handovers;
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) EquipmentKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    HandoverFilter filter = new HandoverFilter(q, project, kind, from, to);
    model.addAttribute("result", handovers.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("projects", portfolio.workableIn(orgUnits.currentScope()));
    model.addAttribute("kinds", EquipmentKind.values());
    model.addAttribute("mayEdit", mayEdit(request));
    return "equipment/list";
  }

  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) EquipmentKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    handovers.export(
        new HandoverFilter(q, project, kind, from, to),
        CsvDownload.open(response, "equipment-handovers"));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    model.addAttribute("handover", handovers.get(id));
    model.addAttribute("mayEdit", mayEdit(request));
    model.addAttribute("history", audit.history("equipment_handover", id));
    return "equipment/show";
  }

  @GetMapping("/new")
  @PreAuthorize(EquipmentRoles.EDIT)
  String newHandover(@RequestParam(required = false) Long project, Model model) {
    HandoverForm form = new HandoverForm();
    form.setProjectId(project);
    form.setQuantity(1);
    form.setHandedOverOn(LocalDate.now());
    return form(form, null, model);
  }

  @PostMapping("/new")
  @PreAuthorize(EquipmentRoles.EDIT)
  String record(
      @ModelAttribute("handover") HandoverForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      long id = handovers.record(form.toDraft());
      redirect.addFlashAttribute("saved", "equipment.saved");
      return "redirect:/equipment/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(EquipmentRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    return form(HandoverForm.of(handovers.get(id)), id, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(EquipmentRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("handover") HandoverForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    handovers.get(id);
    if (errors.hasErrors()) {
      return form(form, id, model);
    }
    try {
      handovers.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "equipment.saved");
      return "redirect:/equipment/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model);
    } catch (OptimisticLockingFailureException e) {
      Handover current = handovers.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model);
    }
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(EquipmentRoles.EDIT)
  String confirmDelete(@PathVariable long id, Model model) {
    return confirm(handovers.get(id), null, model);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EquipmentRoles.EDIT)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    handovers.get(id);
    try {
      handovers.delete(id, version);
    } catch (OptimisticLockingFailureException e) {
      return confirm(handovers.get(id), "conflict.deletedMeanwhile", model);
    }
    redirect.addFlashAttribute("saved", "equipment.deleted");
    return "redirect:/equipment";
  }

  private String confirm(Handover h, String problem, Model model) {
    model.addAttribute("what", h.quantity() + " × " + h.description());
    model.addAttribute("action", "/equipment/" + h.id() + "/delete");
    model.addAttribute("back", "/equipment/" + h.id());
    model.addAttribute("version", h.version());
    model.addAttribute("problem", problem);
    return "equipment/delete";
  }

  private String form(HandoverForm form, Long id, Model model) {
    model.addAttribute("handover", form);
    model.addAttribute("handoverId", id);
    model.addAttribute("projects", portfolio.workableIn(orgUnits.currentScope()));
    model.addAttribute("units", units());
    model.addAttribute("kinds", EquipmentKind.values());
    return "equipment/form";
  }

  private List<OrgUnit> units() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(OrgUnit::active)
        .toList();
  }

  private static boolean mayEdit(HttpServletRequest request) {
    return EquipmentRoles.EDITORS.stream().anyMatch(request::isUserInRole);
  }
}
