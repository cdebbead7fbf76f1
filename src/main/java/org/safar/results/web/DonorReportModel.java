package org.safar.results.web;

import java.util.List;
import org.safar.results.DonorReport;
import org.safar.results.DonorReports;
import org.safar.results.ResultsFrameworks;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The project dashboard's list of donor reports, kept out of {@link ResultsController}. */
@ControllerAdvice(assignableTypes = ResultsController.class)
class DonorReportModel {

  private final DonorReports reports;
  private final ResultsFrameworks frameworks;

  DonorReportModel(DonorReports reports, ResultsFrameworks frameworks) {
    this.reports = reports;
    this.frameworks = frameworks;
  }

  @ModelAttribute("donorReports")
  List<DonorReport> donorReports(@PathVariable(required = false) Long programmeId) {
    if (programmeId == null) {
      return List.of();
    }
    var f = frameworks.project(programmeId).framework();
    return f == null ? List.of() : reports.ofFramework(f.id());
  }
}
