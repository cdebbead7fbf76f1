package org.safar.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.results.DonorReport;
import org.safar.results.DonorReportJob;
import org.safar.results.DonorReportJobs;
import org.safar.results.DonorReports;
import org.safar.results.InvalidIndicatorException;
import org.safar.results.ResultsFrameworks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A donor report made into a PDF or XLSX in the background: the button posts here, the progress
 * page shows the steps (htmx polls a fragment of it; without JavaScript the page reloads itself
 * through a Refresh header), and offers the file when it is ready. Only the person who asked sees
 * the job or its file (anyone else: 404).
 */
@Controller
@PreAuthorize(ResultsRoles.READ)
class DonorReportJobController {

  private final DonorReportJobs jobs;
  private final DonorReports reports;
  private final ResultsFrameworks frameworks;
  private final DonorReportPdf pdf;
  private final DonorReportXlsx xlsx;
  private final SmallCellSuppression suppression;
  private final Labels labels;

  DonorReportJobController(
      DonorReportJobs jobs,
      DonorReports reports,
      ResultsFrameworks frameworks,
      DonorReportPdf pdf,
      DonorReportXlsx xlsx,
      SmallCellSuppression suppression,
      Labels labels) {
    this.jobs = jobs;
    this.reports = reports;
    this.frameworks = frameworks;
    this.pdf = pdf;
    this.xlsx = xlsx;
    this.suppression = suppression;
    this.labels = labels;
  }

  @PostMapping("/results/reports/{id}/generate")
  String generate(
      @PathVariable long id,
      @RequestParam(name = "format", defaultValue = "pdf") String format,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      DonorReportJob job = jobs.start(id, format, renderer(format, locale));
      return "redirect:/results/report-jobs/" + job.id();
    } catch (InvalidIndicatorException e) {
      DonorReport r = reports.get(id);
      long project = frameworks.frameworkInScope(r.frameworkId()).programmeId();
      redirect.addFlashAttribute("problem", e.messageKey());
      return "redirect:/results/projects/" + project + "#reports";
    }
  }

  /** Draws the figures as the direct downloads do, saying when it starts writing the file. */
  private DonorReportJobs.Renderer renderer(String format, Locale locale) {
    return (content, writing) -> {
      DonorReportView view = DonorReportView.of(content, suppression, labels, locale);
      if ("xlsx".equals(format)) {
        writing.run();
        return xlsx.report(view, locale);
      }
      return pdf.render(view, locale, writing);
    };
  }

  @GetMapping("/results/report-jobs/{job}")
  String progress(
      @PathVariable String job,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    DonorReportJob j = jobs.job(job).snapshot();
    model.addAttribute("job", j);
    if (!j.finished() && htmx == null) {
      // without JavaScript the page reloads itself; with it, htmx swaps in the fragment
      response.setHeader("Refresh", "2");
    }
    return htmx == null ? "results/report-job" : "results/report-job :: status";
  }

  @GetMapping("/results/report-jobs/{job}/file")
  ResponseEntity<byte[]> file(@PathVariable String job) {
    DonorReportJobs.File f = jobs.download(job);
    MediaType type =
        "xlsx".equals(f.format()) ? DonorReportController.XLSX : MediaType.APPLICATION_PDF;
    return DonorReportController.download(f.body(), type, f.name());
  }
}
