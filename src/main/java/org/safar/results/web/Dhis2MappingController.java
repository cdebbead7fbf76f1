package org.safar.results.web;

import org.safar.results.Dhis2Mappings;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.ResultsFrameworks;
import org.safar.results.ResultsNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DHIS2 mapping page of a framework: each indicator's data element (and, optionally, one org
 * unit for all its values) and each MRC's DHIS2 org unit, as UIDs; unmapped indicators are shown.
 * Readers see it; those who define indicators change it, one row per form.
 */
@Controller
@PreAuthorize(ResultsRoles.READ)
class Dhis2MappingController {

  private final Dhis2Mappings mappings;
  private final ResultsFrameworks frameworks;

  Dhis2MappingController(Dhis2Mappings mappings, ResultsFrameworks frameworks) {
    this.mappings = mappings;
    this.frameworks = frameworks;
  }

  /** A refused row: which one, the message and its argument, and what was typed. */
  record RowError(String row, String messageKey, Object argument, Dhis2Form typed) {}

  @GetMapping("/results/frameworks/{id}/dhis2")
  String page(@PathVariable long id, Model model) {
    Dhis2Mappings.FrameworkMapping m = mappings.of(id);
    model.addAttribute("mapping", m);
    model.addAttribute("project", frameworks.project(m.framework().programmeId()));
    return "results/dhis2";
  }

  @PostMapping("/results/frameworks/{id}/dhis2/indicators/{indicatorId}")
  @PreAuthorize(ResultsRoles.EDIT)
  String mapIndicator(
      @PathVariable long id,
      @PathVariable long indicatorId,
      @ModelAttribute Dhis2Form form,
      Model model,
      RedirectAttributes redirect) {
    if (frameworks.indicator(indicatorId).frameworkId() != id) {
      throw new ResultsNotFoundException("indicator", indicatorId);
    }
    try {
      mappings.mapIndicator(indicatorId, form.getDataElement(), form.getOrgUnit());
    } catch (InvalidIndicatorException e) {
      return refused("indicator-" + indicatorId, e, form, id, model);
    }
    redirect.addFlashAttribute("saved", "results.dhis2.saved");
    return "redirect:/results/frameworks/" + id + "/dhis2#indicator-" + indicatorId;
  }

  @PostMapping("/results/frameworks/{id}/dhis2/units/{unitId}")
  @PreAuthorize(ResultsRoles.EDIT)
  String mapUnit(
      @PathVariable long id,
      @PathVariable long unitId,
      @ModelAttribute Dhis2Form form,
      Model model,
      RedirectAttributes redirect) {
    try {
      mappings.mapUnit(id, unitId, form.getUid());
    } catch (InvalidIndicatorException e) {
      return refused("unit-" + unitId, e, form, id, model);
    }
    redirect.addFlashAttribute("saved", "results.dhis2.saved");
    return "redirect:/results/frameworks/" + id + "/dhis2#unit-" + unitId;
  }

  private String refused(
      String row, InvalidIndicatorException e, Dhis2Form form, long id, Model model) {
    Object argument = e.arguments().length == 0 ? "" : e.arguments()[0];
    model.addAttribute("rowError", new RowError(row, e.messageKey(), argument, form));
    return page(id, model);
  }
}
