package org.safar.training.web;

import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.InvalidInputException;
import org.safar.training.Trainings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Training series and the catalogue of curriculum modules. */
@Controller
@PreAuthorize(TrainingRoles.READ)
class CatalogueController {

  private final Trainings trainings;
  private final OrgUnits orgUnits;

  CatalogueController(Trainings trainings, OrgUnits orgUnits) {
    this.trainings = trainings;
    this.orgUnits = orgUnits;
  }

  @GetMapping("/trainings/series")
  String series(Model model) {
    model.addAttribute("seriesList", trainings.series());
    model.addAttribute(
        "units", orgUnits.tree(orgUnits.currentScope()).stream().map(OrgUnitRow::unit).toList());
    return "training/series";
  }

  /** A series is shown as the training list filtered to it. */
  @GetMapping("/trainings/series/{id}")
  String oneSeries(@PathVariable long id) {
    trainings.series(id);
    return "redirect:/trainings?series=" + id;
  }

  @PostMapping("/trainings/series")
  @PreAuthorize(TrainingRoles.EDIT)
  String recordSeries(
      @RequestParam(required = false) String orgUnitId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String description,
      Model model,
      RedirectAttributes redirect) {
    try {
      trainings.recordSeries(
          Forms.id(orgUnitId, "orgUnitId", "training.error.orgUnit"), name, description);
      redirect.addFlashAttribute("saved", "training.saved.series");
      return "redirect:/trainings/series";
    } catch (InvalidInputException e) {
      model.addAttribute("error", e);
      model.addAttribute("name", name);
      model.addAttribute("description", description);
      return series(model);
    }
  }

  @GetMapping("/trainings/modules")
  String modules(Model model) {
    model.addAttribute("modules", trainings.modules());
    return "training/modules";
  }

  @PostMapping("/trainings/modules")
  @PreAuthorize(TrainingRoles.EDIT)
  String recordModule(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String summary,
      Model model,
      RedirectAttributes redirect) {
    try {
      trainings.recordModule(code, title, summary);
      redirect.addFlashAttribute("saved", "training.saved.module");
      return "redirect:/trainings/modules";
    } catch (InvalidInputException e) {
      model.addAttribute("error", e);
      model.addAttribute("code", code);
      model.addAttribute("title", title);
      model.addAttribute("summary", summary);
      return modules(model);
    }
  }
}
