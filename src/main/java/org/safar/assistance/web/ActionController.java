package org.safar.assistance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.safar.assistance.ActionFilter;
import org.safar.assistance.ActionStatus;
import org.safar.assistance.ActionTheme;
import org.safar.assistance.AssistanceAction;
import org.safar.assistance.AssistanceActions;
import org.safar.assistance.AssistanceActivities;
import org.safar.assistance.AssistanceExports;
import org.safar.assistance.AssistanceRoles;
import org.safar.assistance.Region;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Technical-assistance actions: the list, one action's page, recording and moving them on. */
@Controller
@RequestMapping("/assistance")
@PreAuthorize(AssistanceRoles.READ)
class ActionController {

  private final AssistanceActions actions;
  private final AssistanceActivities activities;
  private final AssistanceExports exports;
  private final AuditLog audit;

  ActionController(
      AssistanceActions actions,
      AssistanceActivities activities,
      AssistanceExports exports,
      AuditLog audit) {
    this.actions = actions;
    this.activities = activities;
    this.exports = exports;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) ActionTheme theme,
      @RequestParam(required = false) ActionStatus status,
      @RequestParam(defaultValue = "0") int page,
      Locale locale,
      HttpServletRequest request,
      Model model) {
    ActionFilter filter = filter(q, project, country, region, theme, status);
    var result = actions.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute(
        "nationalities",
        actions.expertNationalities(result.rows().stream().map(AssistanceAction::id).toList()));
    model.addAttribute("filter", filter);
    model.addAttribute("projects", actions.projects());
    model.addAttribute("countries", Countries.all(locale));
    model.addAttribute("regions", Region.values());
    model.addAttribute("themes", ActionTheme.values());
    model.addAttribute("statuses", ActionStatus.values());
    model.addAttribute("mayEdit", Rejections.mayEdit(request));
    return "assistance/actions";
  }

  /** The list as CSV, with the filters on screen. */
  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) ActionTheme theme,
      @RequestParam(required = false) ActionStatus status,
      HttpServletResponse response)
      throws IOException {
    exports.actions(
        filter(q, project, country, region, theme, status),
        Rejections.csv(response, "assistance-actions"));
  }

  private static ActionFilter filter(
      String q, Long project, String country, Region region, ActionTheme theme, ActionStatus s) {
    String iso =
        country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    return new ActionFilter(q, project, iso, region, theme, s);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, HttpServletRequest request, Model model) {
    AssistanceAction action = actions.get(id);
    model.addAttribute("action", action);
    model.addAttribute("activities", activities.of(id));
    model.addAttribute("deliverables", actions.deliverables(id));
    model.addAttribute(
        "nationalities",
        actions.expertNationalities(List.of(id)).getOrDefault(id, List.of()).stream()
            .map(n -> Countries.name(n, locale))
            .toList());
    model.addAttribute("mayEdit", Rejections.mayEdit(request));
    model.addAttribute("history", audit.history("ta_action", id));
    return "assistance/action";
  }

  @GetMapping("/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String newAction(@RequestParam(required = false) Long project, Locale locale, Model model) {
    ActionForm form = new ActionForm();
    form.setProjectId(project);
    form.setRequestedOn(java.time.LocalDate.now());
    form.setStartDate(java.time.LocalDate.now());
    return form(form, null, locale, model);
  }

  @PostMapping("/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String record(
      @ModelAttribute("action") ActionForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, locale, model);
    }
    try {
      long id = actions.record(form.toDraft(null));
      redirect.addFlashAttribute("saved", "assistance.saved.action");
      return "redirect:/assistance/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, null, locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    return form(ActionForm.of(actions.get(id)), id, locale, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("action") ActionForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    AssistanceAction before = actions.get(id);
    if (errors.hasErrors()) {
      return form(form, id, locale, model);
    }
    try {
      actions.change(id, form.getVersion(), form.toDraft(before.ownerOrgUnitId()));
      redirect.addFlashAttribute("saved", "assistance.saved.action");
      return "redirect:/assistance/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      AssistanceAction current = actions.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, locale, model);
    }
  }

  /** Moves the action on to a later stage (request accepted, mission done, …). */
  @PostMapping("/{id}/status")
  @PreAuthorize(AssistanceRoles.EDIT)
  String move(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) ActionStatus status,
      RedirectAttributes redirect) {
    try {
      actions.moveTo(id, version, status);
      redirect.addFlashAttribute("saved", "assistance.saved.status");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("problem", "conflict.savedMeanwhile");
    }
    return "redirect:/assistance/" + id;
  }

  private String form(ActionForm form, Long id, Locale locale, Model model) {
    model.addAttribute("action", form);
    model.addAttribute("actionId", id);
    model.addAttribute("projects", actions.projects());
    model.addAttribute("countries", Countries.all(locale));
    model.addAttribute("themes", ActionTheme.values());
    model.addAttribute("statuses", ActionStatus.values());
    return "assistance/action-form";
  }
}
