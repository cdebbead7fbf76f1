package org.safar.assistance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.safar.assistance.ActivityKind;
import org.safar.assistance.AssistanceAction;
import org.safar.assistance.AssistanceActions;
import org.safar.assistance.AssistanceActivities;
import org.safar.assistance.AssistanceRoles;
import org.safar.assistance.ExpertRoster;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activities of an action, the experts deployed on them, and the calendar. */
@Controller
@PreAuthorize(AssistanceRoles.READ)
class ActivityController {

  private final AssistanceActions actions;
  private final AssistanceActivities activities;
  private final ExpertRoster roster;
  private final AuditLog audit;

  ActivityController(
      AssistanceActions actions,
      AssistanceActivities activities,
      ExpertRoster roster,
      AuditLog audit) {
    this.actions = actions;
    this.activities = activities;
    this.roster = roster;
    this.audit = audit;
  }

  @GetMapping("/assistance/calendar")
  String calendar(@RequestParam(required = false) String month, Model model) {
    YearMonth shown;
    try {
      shown = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      shown = YearMonth.now();
    }
    model.addAttribute("month", shown);
    model.addAttribute("previous", shown.minusMonths(1));
    model.addAttribute("next", shown.plusMonths(1));
    model.addAttribute("entries", activities.calendar(shown));
    model.addAttribute("today", LocalDate.now());
    return "assistance/calendar";
  }

  @GetMapping("/assistance/activities/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    var view = activities.get(id);
    model.addAttribute("view", view);
    boolean mayEdit = Rejections.mayEdit(request);
    model.addAttribute("mayEdit", mayEdit);
    if (mayEdit && !model.containsAttribute("deployment")) {
      model.addAttribute("deployment", new DeploymentForm());
    }
    if (mayEdit) {
      model.addAttribute("experts", roster.all());
    }
    model.addAttribute("history", audit.history("ta_activity", id));
    return "assistance/activity";
  }

  @PostMapping("/assistance/activities/{id}/deployments")
  @PreAuthorize(AssistanceRoles.EDIT)
  String deploy(
      @PathVariable long id,
      @ModelAttribute("deployment") DeploymentForm form,
      BindingResult errors,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        activities.deploy(id, form.toDraft());
        redirect.addFlashAttribute("saved", "assistance.saved.deployment");
        return "redirect:/assistance/activities/" + id;
      } catch (InvalidInputException e) {
        Rejections.reject(errors, e);
      }
    }
    return show(id, request, model);
  }

  @GetMapping("/assistance/{actionId}/activities/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String newActivity(
      @PathVariable long actionId,
      @RequestParam(required = false) ActivityKind kind,
      Locale locale,
      Model model) {
    AssistanceAction action = actions.get(actionId);
    ActivityForm form = new ActivityForm();
    form.setKind(kind);
    return form(form, action, null, locale, model);
  }

  @PostMapping("/assistance/{actionId}/activities/new")
  @PreAuthorize(AssistanceRoles.EDIT)
  String record(
      @PathVariable long actionId,
      @ModelAttribute("activity") ActivityForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    AssistanceAction action = actions.get(actionId);
    if (errors.hasErrors()) {
      return form(form, action, null, locale, model);
    }
    try {
      long id = activities.record(actionId, form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.activity");
      return "redirect:/assistance/activities/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, action, null, locale, model);
    }
  }

  @GetMapping("/assistance/activities/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    var view = activities.get(id);
    return form(ActivityForm.of(view.activity()), view.action(), id, locale, model);
  }

  @PostMapping("/assistance/activities/{id}/edit")
  @PreAuthorize(AssistanceRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("activity") ActivityForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    var view = activities.get(id);
    if (errors.hasErrors()) {
      return form(form, view.action(), id, locale, model);
    }
    try {
      activities.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "assistance.saved.activity");
      return "redirect:/assistance/activities/" + id;
    } catch (InvalidInputException e) {
      Rejections.reject(errors, e);
      return form(form, view.action(), id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      var current = activities.get(id).activity();
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, view.action(), id, locale, model);
    }
  }

  private String form(
      ActivityForm form, AssistanceAction action, Long id, Locale locale, Model model) {
    model.addAttribute("activity", form);
    model.addAttribute("parent", action);
    model.addAttribute("activityId", id);
    model.addAttribute("kinds", ActivityKind.values());
    model.addAttribute("countries", Countries.all(locale));
    return "assistance/activity-form";
  }
}
