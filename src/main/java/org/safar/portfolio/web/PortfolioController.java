package org.safar.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;
import org.safar.portfolio.ProjectRecords;
import org.safar.shell.InvalidInputException;
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

/** Browse the portfolio; programme managers correct an entry's facts. */
@Controller
class PortfolioController {

  static final String EDIT = "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR')";
  private static final List<String> EDITORS = List.of("PROGRAMME_MANAGER", "ADMINISTRATOR");

  private final Portfolio portfolio;
  private final List<ProjectRecords> records;
  private final AuditLog audit;

  PortfolioController(Portfolio portfolio, List<ProjectRecords> records, AuditLog audit) {
    this.portfolio = portfolio;
    this.records = records;
    this.audit = audit;
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
    return "portfolio/list";
  }

  @GetMapping("/portfolio/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    model.addAttribute("view", portfolio.view(id));
    Set<Long> under = portfolio.withEntriesBeneath(id);
    model.addAttribute(
        "recorded",
        records.stream()
            .filter(r -> r.readers().stream().anyMatch(request::isUserInRole))
            .map(r -> new Recorded(r.headingKey(), r.count(under), r.listPath(id)))
            .toList());
    model.addAttribute("mayEdit", EDITORS.stream().anyMatch(request::isUserInRole));
    model.addAttribute("history", audit.history("programme", id));
    return "portfolio/show";
  }

  @GetMapping("/portfolio/{id}/edit")
  @PreAuthorize(EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    Programme p = portfolio.get(id);
    return form(p, PortfolioForm.of(p), locale, model);
  }

  @PostMapping("/portfolio/{id}/edit")
  @PreAuthorize(EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("entry") PortfolioForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    Programme p = portfolio.get(id);
    if (errors.hasErrors()) {
      return form(p, form, locale, model);
    }
    try {
      portfolio.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "portfolio.saved");
      return "redirect:/portfolio/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(p, form, locale, model);
    } catch (OptimisticLockingFailureException e) {
      Programme current = portfolio.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(current, form, locale, model);
    }
  }

  private String form(Programme p, PortfolioForm form, Locale locale, Model model) {
    model.addAttribute("programme", p);
    model.addAttribute("entry", form);
    model.addAttribute("statuses", ProgrammeStatus.values());
    model.addAttribute("countries", Countries.all(locale));
    return "portfolio/form";
  }

  /** One line of "Recorded under this": a heading, a count and a link. */
  record Recorded(String headingKey, long count, String path) {}
}
