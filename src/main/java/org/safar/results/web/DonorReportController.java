package org.safar.results.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.portfolio.Portfolio;
import org.safar.results.DonorReport;
import org.safar.results.DonorReports;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.ResultsFrameworks;
import org.safar.results.ResultsNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Donor progress reports: the narrative form, the PDF and XLSX downloads (figures computed when
 * downloaded, each download audited), and a programme's key achievements as XLSX. The pages offer
 * the PDF and XLSX through a background job with a progress page ({@link
 * DonorReportJobController}); the direct GET downloads here stay for scripts and the API.
 */
@Controller
@PreAuthorize(ResultsRoles.READ)
class DonorReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final DonorReports reports;
  private final ResultsFrameworks frameworks;
  private final Portfolio portfolio;
  private final DonorReportPdf pdf;
  private final DonorReportXlsx xlsx;
  private final SmallCellSuppression suppression;
  private final Labels labels;
  private final Clock clock;

  DonorReportController(
      DonorReports reports,
      ResultsFrameworks frameworks,
      Portfolio portfolio,
      DonorReportPdf pdf,
      DonorReportXlsx xlsx,
      SmallCellSuppression suppression,
      Labels labels,
      Clock clock) {
    this.reports = reports;
    this.frameworks = frameworks;
    this.portfolio = portfolio;
    this.pdf = pdf;
    this.xlsx = xlsx;
    this.suppression = suppression;
    this.labels = labels;
    this.clock = clock;
  }

  @GetMapping("/results/projects/{programmeId}/reports/new")
  @PreAuthorize(ResultsRoles.EDIT)
  String newReport(@PathVariable long programmeId, Model model) {
    var project = frameworks.project(programmeId);
    if (project.framework() == null) {
      throw new ResultsNotFoundException("results_framework of programme", programmeId);
    }
    DonorReportForm form = new DonorReportForm();
    form.setPeriodStart(project.framework().startsOn());
    form.setPeriodEnd(project.framework().endsOn());
    return form(project, null, form, model);
  }

  private String form(
      ResultsFrameworks.ProjectResults project, Long reportId, DonorReportForm form, Model model) {
    model.addAttribute("project", project);
    model.addAttribute("reportId", reportId);
    model.addAttribute("report", form);
    return "results/donor-report-form";
  }

  @PostMapping("/results/projects/{programmeId}/reports/new")
  @PreAuthorize(ResultsRoles.EDIT)
  String create(
      @PathVariable long programmeId,
      @ModelAttribute("report") DonorReportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    var project = frameworks.project(programmeId);
    if (project.framework() == null) {
      throw new ResultsNotFoundException("results_framework of programme", programmeId);
    }
    if (!errors.hasErrors()) {
      try {
        reports.create(project.framework().id(), form.toDraft());
        redirect.addFlashAttribute("saved", "results.report.saved");
        return "redirect:/results/projects/" + programmeId + "#reports";
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
      }
    }
    return form(project, null, form, model);
  }

  @GetMapping("/results/reports/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    DonorReport r = reports.get(id);
    return form(projectOf(r), id, DonorReportForm.of(r), model);
  }

  @PostMapping("/results/reports/{id}/edit")
  @PreAuthorize(ResultsRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("report") DonorReportForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    DonorReport r = reports.get(id);
    var project = projectOf(r);
    if (!errors.hasErrors()) {
      try {
        reports.change(id, form.getVersion(), form.toDraft());
        redirect.addFlashAttribute("saved", "results.report.saved");
        return "redirect:/results/projects/" + project.project().id() + "#reports";
      } catch (InvalidIndicatorException e) {
        errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
      } catch (OptimisticLockingFailureException e) {
        model.addAttribute("current", reports.get(id));
      }
    }
    return form(project, id, form, model);
  }

  private ResultsFrameworks.ProjectResults projectOf(DonorReport r) {
    return frameworks.project(frameworks.frameworkInScope(r.frameworkId()).programmeId());
  }

  @GetMapping("/results/reports/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
    DonorReportView view = view(id, "pdf", locale);
    return download(pdf.render(view, locale), MediaType.APPLICATION_PDF, name(view, "pdf"));
  }

  @GetMapping("/results/reports/{id}.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
    DonorReportView view = view(id, "xlsx", locale);
    return download(xlsx.report(view, locale), XLSX, name(view, "xlsx"));
  }

  @GetMapping("/results/programmes/{id}/achievements.xlsx")
  ResponseEntity<byte[]> achievements(@PathVariable long id, Locale locale) {
    var all = reports.achievements(id);
    var programme = portfolio.view(id).programme();
    byte[] body = xlsx.achievements(programme.title(), LocalDate.now(clock).getYear(), all, locale);
    return download(body, XLSX, "key-achievements-" + programme.code() + ".xlsx");
  }

  private DonorReportView view(long id, String format, Locale locale) {
    return DonorReportView.of(reports.content(id, format), suppression, labels, locale);
  }

  private static String name(DonorReportView view, String extension) {
    return view.content().fileName(extension);
  }

  static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(filename).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
