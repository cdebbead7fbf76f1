package org.safar.portfolio.web;

import java.time.LocalDate;
import java.util.List;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.ProjectSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse the portfolio. */
@Controller
class PortfolioController {

  private final Portfolio portfolio;
  private final List<ProjectSection> sections;

  PortfolioController(Portfolio portfolio, List<ProjectSection> sections) {
    this.portfolio = portfolio;
    this.sections = sections;
  }

  @GetMapping("/portfolio")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) PortfolioLevel level,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", portfolio.search(q, country, level, Math.max(0, page), 25));
    model.addAttribute("q", q);
    model.addAttribute("country", country);
    model.addAttribute("level", level);
    model.addAttribute("levels", PortfolioLevel.values());
    model.addAttribute("today", LocalDate.now());
    return "portfolio/list";
  }

  @GetMapping("/portfolio/{id}")
  String show(@PathVariable long id, Model model) {
    Portfolio.ProgrammeView view = portfolio.view(id);
    model.addAttribute("view", view);
    model.addAttribute("today", LocalDate.now());
    model.addAttribute(
        "sections",
        sections.stream()
            .filter(ProjectSection::visible)
            .map(
                s ->
                    new ProjectSection.Shown(
                        s.titleKey(), s.count(view.programme()), s.path(view.programme())))
            .filter(s -> s.count() > 0)
            .toList());
    return "portfolio/show";
  }
}
