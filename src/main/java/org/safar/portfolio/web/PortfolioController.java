package org.safar.portfolio.web;

import java.time.LocalDate;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Browse the portfolio. */
@Controller
class PortfolioController {

  private final Portfolio portfolio;

  PortfolioController(Portfolio portfolio) {
    this.portfolio = portfolio;
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
    model.addAttribute("view", portfolio.view(id));
    model.addAttribute("today", LocalDate.now());
    return "portfolio/show";
  }
}
