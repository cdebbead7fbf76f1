package org.safar.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.results.Cell;
import org.safar.results.Dashboards;
import org.safar.results.Dimension;
import org.safar.results.Indicator;
import org.safar.results.IndicatorQuery;
import org.safar.results.IndicatorValues;
import org.safar.results.Indicators;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.Measure;
import org.safar.results.ResultsFramework;
import org.safar.results.ResultsFrameworks;
import org.safar.results.Unit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Defining an indicator, its page (value, breakdowns, trend, targets) and its targets. */
@Controller
@PreAuthorize(ResultsRoles.READ)
class IndicatorController {

  private final ResultsFrameworks frameworks;
  private final Indicators indicators;
  private final Dashboards dashboards;
  private final Labels labels;
  private final SmallCellSuppression suppression;

  IndicatorController(
      ResultsFrameworks frameworks,
      Indicators indicators,
      Dashboards dashboards,
      Labels labels,
      SmallCellSuppression suppression) {
    this.suppression = suppression;
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.dashboards = dashboards;
    this.labels = labels;
  }

  @GetMapping("/results/frameworks/{frameworkId}/indicators/new")
  @PreAuthorize(ResultsRoles.EDIT)
  String newIndicator(@PathVariable long frameworkId, Model model) {
    return form(frameworks.frameworkInScope(frameworkId), null, new IndicatorForm(), model);
  }

  private String form(ResultsFramework f, Long indicatorId, IndicatorForm form, Model model) {
    var project = frameworks.project(f.programmeId());
    model.addAttribute("project", project);
    model.addAttribute("frameworkId", f.id());
    model.addAttribute("indicatorId", indicatorId);
    model.addAttribute("indicator", form);
    model.addAttribute("sources", frameworks.sources());
    model.addAttribute("manual", Indicators.MANUAL);
    model.addAttribute("measures", Measure.values());
    model.addAttribute("unitsOfMeasure", Unit.values());
    model.addAttribute(
        "dimensions",
        java.util.Arrays.stream(Dimension.values()).filter(Dimension::canBreakDown).toList());
    model.addAttribute("tree", ResultsController.tree(project.results(), List.of()));
    return "results/indicator-form";
  }

  @PostMapping("/results/frameworks/{frameworkId}/indicators/new")
  @PreAuthorize(ResultsRoles.EDIT)
  String define(
      @PathVariable long frameworkId,
      @ModelAttribute("indicator") IndicatorForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ResultsFramework f = frameworks.frameworkInScope(frameworkId);
    if (!errors.hasErrors()) {
      try {
        long id = frameworks.define(form.toIndicator(frameworkId));
        redirect.addFlashAttribute("saved", "results.saved.indicator");
        return "redirect:/results/indicators/" + id;
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(field(e.field()), e.messageKey(), e.arguments(), null);
      }
    }
    return form(f, null, form, model);
  }

  @GetMapping("/results/indicators/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    Indicator i = frameworks.indicator(id);
    return form(frameworks.frameworkInScope(i.frameworkId()), id, IndicatorForm.of(i), model);
  }

  @PostMapping("/results/indicators/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String redefine(
      @PathVariable long id,
      @ModelAttribute("indicator") IndicatorForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Indicator current = frameworks.indicator(id);
    ResultsFramework f = frameworks.frameworkInScope(current.frameworkId());
    if (!errors.hasErrors()) {
      try {
        frameworks.redefine(id, form.getVersion(), form.toIndicator(f.id()));
        redirect.addFlashAttribute("saved", "results.saved.indicator");
        return "redirect:/results/indicators/" + id;
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(field(e.field()), e.messageKey(), e.arguments(), null);
      } catch (OptimisticLockingFailureException e) {
        model.addAttribute("current", current);
      }
    }
    return form(f, id, form, model);
  }

  /** The service's field for a filter or a query refusal, on the form. */
  private static String field(String field) {
    return switch (field) {
      case "by" -> "dimensions";
      case "resultId",
          "code",
          "title",
          "source",
          "measure",
          "unit",
          "filters",
          "part",
          "before",
          "after",
          "dimensions" ->
          field;
      default -> "title";
    };
  }

  @GetMapping("/results/indicators/{id}")
  String show(@PathVariable long id, Model model, Locale locale) {
    var summary = dashboards.indicator(id);
    Indicator i = summary.indicator();
    ResultsFramework f = frameworks.frameworkInScope(i.frameworkId());
    model.addAttribute("summary", summary);
    model.addAttribute("project", frameworks.project(f.programmeId()));
    model.addAttribute("framework", f);
    model.addAttribute("trend", ResultsController.trend(summary, suppression));
    model.addAttribute("breakdowns", breakdowns(i, locale));
    model.addAttribute("manualValues", frameworks.manualValues(id));
    model.addAttribute("manual", Indicators.MANUAL.equals(i.source()));
    if (!model.containsAttribute("target")) {
      PeriodForm target = new PeriodForm();
      target.setStartsOn(f.startsOn());
      target.setEndsOn(f.endsOn());
      model.addAttribute("target", target);
    }
    if (!model.containsAttribute("manualValue")) {
      model.addAttribute("manualValue", new PeriodForm());
    }
    return "results/indicator";
  }

  /** A breakdown on the page: a dimension's parts as a table and bars. */
  record Breakdown(
      Dimension dimension,
      List<String> labels,
      List<Cell> cells,
      List<BigDecimal> shown,
      Charts.Chart chart) {}

  private List<Breakdown> breakdowns(Indicator i, Locale locale) {
    List<Dimension> dims = i.dimensions().stream().filter(d -> !d.isPeriod()).toList();
    if (dims.isEmpty() || Indicators.MANUAL.equals(i.source())) {
      return List.of();
    }
    IndicatorValues values = indicators.values(i.id(), new IndicatorQuery(null, null, dims, null));
    List<Breakdown> out = new ArrayList<>();
    for (Dimension d : dims) {
      List<Cell> cells =
          values.by(d).stream().sorted(java.util.Comparator.comparing(c -> c.get(d))).toList();
      List<String> names = cells.stream().map(c -> labels.of(d, c.get(d), locale)).toList();
      List<BigDecimal> numbers = Disclosed.values(cells, i, suppression);
      out.add(new Breakdown(d, names, cells, numbers, Charts.rows(names, numbers, null)));
    }
    return out;
  }

  @PostMapping("/results/indicators/{id}/targets")
  @PreAuthorize(ResultsRoles.EDIT)
  String target(
      @PathVariable long id,
      @ModelAttribute("target") PeriodForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        frameworks.setTarget(id, form.getStartsOn(), form.getEndsOn(), form.getValue());
        redirect.addFlashAttribute("saved", "results.saved.target");
        return "redirect:/results/indicators/" + id + "#targets";
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
      }
    }
    return show(id, model, locale);
  }

  @PostMapping("/results/indicators/{id}/manual-values")
  @PreAuthorize(ResultsRoles.EDIT)
  String manualValue(
      @PathVariable long id,
      @ModelAttribute("manualValue") PeriodForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        frameworks.setManualValue(
            id, form.getStartsOn(), form.getEndsOn(), form.getValue(), form.getNote());
        redirect.addFlashAttribute("saved", "results.saved.manualValue");
        return "redirect:/results/indicators/" + id + "#manual";
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
      }
    }
    return show(id, model, locale);
  }
}
