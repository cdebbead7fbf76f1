package org.safar.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.results.Cell;
import org.safar.results.Dashboards;
import org.safar.results.Dimension;
import org.safar.results.Indicator;
import org.safar.results.IndicatorSummary;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.ResultNode;
import org.safar.results.ResultsFramework;
import org.safar.results.ResultsFrameworks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The results list, a project's dashboard and framework tree, and the framework's settings. */
@Controller
@PreAuthorize(ResultsRoles.READ)
class ResultsController {

  private final ResultsFrameworks frameworks;
  private final Dashboards dashboards;
  private final OrgUnits orgUnits;
  private final SmallCellSuppression suppression;

  ResultsController(
      ResultsFrameworks frameworks,
      Dashboards dashboards,
      OrgUnits orgUnits,
      SmallCellSuppression suppression) {
    this.suppression = suppression;
    this.frameworks = frameworks;
    this.dashboards = dashboards;
    this.orgUnits = orgUnits;
  }

  @GetMapping("/results")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean framed,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", frameworks.projects(q, framed, Math.max(0, page), 25));
    model.addAttribute("q", q);
    model.addAttribute("framed", framed);
    return "results/list";
  }

  @GetMapping("/results/projects/{programmeId}")
  String project(@PathVariable long programmeId, Model model) {
    ResultsFrameworks.ProjectResults project = frameworks.project(programmeId);
    model.addAttribute("project", project);
    if (project.framework() == null) {
      if (!model.containsAttribute("framework")) {
        FrameworkForm form = new FrameworkForm();
        form.setStartsOn(project.project().startDate());
        form.setEndsOn(project.project().endDate());
        model.addAttribute("framework", form);
      }
      model.addAttribute("units", units());
      return "results/project";
    }
    List<IndicatorSummary> summaries = dashboards.project(project.framework().id());
    model.addAttribute("summaries", summaries);
    model.addAttribute("charts", summaries.stream().map(s -> trend(s, suppression)).toList());
    model.addAttribute("tree", tree(project.results(), project.indicators()));
    model.addAttribute("units", unitNames(project.framework()));
    return "results/project";
  }

  static Charts.Chart trend(IndicatorSummary s, SmallCellSuppression suppression) {
    List<String> labels = new ArrayList<>();
    for (Cell c : s.trend()) {
      labels.add(c.get(Dimension.QUARTER));
    }
    List<BigDecimal> values = Disclosed.values(s.trend(), s.indicator(), suppression);
    return Charts.columns(labels, values, null, s.indicator().title());
  }

  /** A line of the framework tree: a result at its depth, with the indicators under it. */
  record TreeLine(int depth, ResultNode result, List<Indicator> indicators) {}

  static List<TreeLine> tree(List<ResultNode> results, List<Indicator> indicators) {
    List<TreeLine> lines = new ArrayList<>();
    add(lines, results, indicators, null, 0);
    return lines;
  }

  private static void add(
      List<TreeLine> lines,
      List<ResultNode> all,
      List<Indicator> indicators,
      Long parent,
      int depth) {
    for (ResultNode r : all) {
      if (java.util.Objects.equals(r.parentId(), parent)) {
        lines.add(
            new TreeLine(
                depth, r, indicators.stream().filter(i -> i.resultId() == r.id()).toList()));
        add(lines, all, indicators, r.id(), depth + 1);
      }
    }
  }

  private List<OrgUnitRow> units() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .filter(u -> u.unit().kind() != OrgUnitKind.INSTITUTION)
        .toList();
  }

  private List<String> unitNames(ResultsFramework f) {
    return f.orgUnitIds().stream()
        .map(id -> orgUnits.find(id).map(u -> u.name()).orElse(String.valueOf(id)))
        .toList();
  }

  @PostMapping("/results/projects/{programmeId}/framework")
  @PreAuthorize(ResultsRoles.EDIT)
  String create(
      @PathVariable long programmeId,
      @ModelAttribute("framework") FrameworkForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        frameworks.create(programmeId, form.toDraft());
        redirect.addFlashAttribute("saved", "results.saved.framework");
        return "redirect:/results/projects/" + programmeId;
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(field(e.field()), e.messageKey(), e.arguments(), null);
      }
    }
    return project(programmeId, model);
  }

  @GetMapping("/results/frameworks/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    ResultsFramework f = frameworks.frameworkInScope(id);
    return editForm(f, FrameworkForm.of(f), model);
  }

  private String editForm(ResultsFramework f, FrameworkForm form, Model model) {
    model.addAttribute("project", frameworks.project(f.programmeId()));
    model.addAttribute("framework", form);
    model.addAttribute("frameworkId", f.id());
    model.addAttribute("units", units());
    return "results/framework-form";
  }

  @PostMapping("/results/frameworks/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("framework") FrameworkForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ResultsFramework f = frameworks.frameworkInScope(id);
    if (!errors.hasErrors()) {
      try {
        frameworks.change(id, form.getVersion(), form.toDraft());
        redirect.addFlashAttribute("saved", "results.saved.framework");
        return "redirect:/results/projects/" + f.programmeId();
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(field(e.field()), e.messageKey(), e.arguments(), null);
      } catch (OptimisticLockingFailureException e) {
        model.addAttribute("current", f);
      }
    }
    return editForm(f, form, model);
  }

  @PostMapping("/results/frameworks/{id}/results")
  @PreAuthorize(ResultsRoles.EDIT)
  String addResult(
      @PathVariable long id,
      @RequestParam(required = false) Long parentId,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String title,
      RedirectAttributes redirect) {
    ResultsFramework f = frameworks.frameworkInScope(id);
    try {
      frameworks.addResult(id, parentId, code, title);
      redirect.addFlashAttribute("saved", "results.saved.result");
    } catch (InvalidIndicatorException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/results/projects/" + f.programmeId() + "#framework";
  }

  /** Service fields named differently from the form's. */
  static String field(String field) {
    return switch (field) {
      case "programmeId", "marker" -> "startsOn";
      default -> field;
    };
  }
}
