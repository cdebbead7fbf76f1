package org.safar.results.web;

import org.safar.portfolio.Portfolio;
import org.safar.results.Dashboards;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A programme's results: its projects' indicators, and the comparable ones added up. */
@Controller
@PreAuthorize(ResultsRoles.READ)
class ProgrammeResultsController {

  private final Portfolio portfolio;
  private final Dashboards dashboards;

  ProgrammeResultsController(Portfolio portfolio, Dashboards dashboards) {
    this.portfolio = portfolio;
    this.dashboards = dashboards;
  }

  @GetMapping("/results/programmes/{id}")
  String programme(@PathVariable long id, Model model) {
    model.addAttribute("view", portfolio.view(id));
    model.addAttribute("results", dashboards.programme(id));
    return "results/programme";
  }
}
