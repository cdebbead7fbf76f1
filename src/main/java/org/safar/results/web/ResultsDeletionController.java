package org.safar.results.web;

import org.safar.results.Indicator;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.ResultsDeletions;
import org.safar.results.ResultsFrameworks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting an indicator, a target, a manual value or a result: each through a confirmation page
 * that says what goes with it, then a POST; only for those who define indicators.
 */
@Controller
@PreAuthorize(ResultsRoles.EDIT)
class ResultsDeletionController {

  private final ResultsDeletions deletions;
  private final ResultsFrameworks frameworks;

  ResultsDeletionController(ResultsDeletions deletions, ResultsFrameworks frameworks) {
    this.deletions = deletions;
    this.frameworks = frameworks;
  }

  @GetMapping("/results/indicators/{id}/delete")
  String confirmIndicator(@PathVariable long id, Model model) {
    ResultsDeletions.IndicatorDeletion d = deletions.indicatorDeletion(id);
    model.addAttribute("deletion", d);
    model.addAttribute("project", frameworks.project(d.framework().programmeId()));
    return "results/delete-indicator";
  }

  @PostMapping("/results/indicators/{id}/delete")
  String deleteIndicator(
      @PathVariable long id,
      @ModelAttribute DeleteForm form,
      Model model,
      RedirectAttributes redirect) {
    Indicator i = frameworks.indicator(id);
    long project = frameworks.frameworkInScope(i.frameworkId()).programmeId();
    try {
      deletions.deleteIndicator(id, form.getVersion());
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("problem", "results.delete.changedMeanwhile");
      return confirmIndicator(id, model);
    }
    redirect.addFlashAttribute("saved", "results.delete.indicatorDone");
    return "redirect:/results/projects/" + project;
  }

  @GetMapping("/results/indicators/{id}/targets/delete")
  String confirmTarget(@PathVariable long id, @ModelAttribute PeriodForm period, Model model) {
    return confirmPeriod(id, period, "targets", model);
  }

  @GetMapping("/results/indicators/{id}/manual-values/delete")
  String confirmManualValue(@PathVariable long id, @ModelAttribute PeriodForm period, Model model) {
    return confirmPeriod(id, period, "manual-values", model);
  }

  private String confirmPeriod(long id, PeriodForm period, String kind, Model model) {
    Indicator i = frameworks.indicator(id);
    var values = kind.equals("targets") ? frameworks.targets(id) : frameworks.manualValues(id);
    var value =
        values.stream()
            .filter(v -> v.startsOn().equals(period.getStartsOn()))
            .filter(v -> v.endsOn().equals(period.getEndsOn()))
            .findFirst()
            .orElse(null);
    model.addAttribute("indicator", i);
    model.addAttribute("kind", kind);
    model.addAttribute("value", value);
    model.addAttribute("period", period);
    return "results/delete-period";
  }

  @PostMapping("/results/indicators/{id}/targets/delete")
  String deleteTarget(
      @PathVariable long id, @ModelAttribute PeriodForm period, RedirectAttributes redirect) {
    try {
      boolean done = deletions.deleteTarget(id, period.getStartsOn(), period.getEndsOn());
      redirect.addFlashAttribute(
          done ? "saved" : "problem", done ? "results.delete.targetDone" : "results.delete.gone");
    } catch (InvalidIndicatorException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/results/indicators/" + id + "#targets";
  }

  @PostMapping("/results/indicators/{id}/manual-values/delete")
  String deleteManualValue(
      @PathVariable long id, @ModelAttribute PeriodForm period, RedirectAttributes redirect) {
    try {
      boolean done = deletions.deleteManualValue(id, period.getStartsOn(), period.getEndsOn());
      redirect.addFlashAttribute(
          done ? "saved" : "problem", done ? "results.delete.valueDone" : "results.delete.gone");
    } catch (InvalidIndicatorException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/results/indicators/" + id + "#manual";
  }

  @GetMapping("/results/results/{id}/delete")
  String confirmResult(@PathVariable long id, Model model) {
    ResultsDeletions.ResultDeletion d = deletions.resultDeletion(id);
    model.addAttribute("deletion", d);
    model.addAttribute("project", frameworks.project(d.framework().programmeId()));
    return "results/delete-result";
  }

  @PostMapping("/results/results/{id}/delete")
  String deleteResult(@PathVariable long id, Model model, RedirectAttributes redirect) {
    try {
      long project = deletions.deleteResult(id);
      redirect.addFlashAttribute("saved", "results.delete.resultDone");
      return "redirect:/results/projects/" + project + "#framework";
    } catch (InvalidIndicatorException e) {
      model.addAttribute("refused", e);
      return confirmResult(id, model);
    }
  }
}
