package org.safar.outreach.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import org.safar.audit.AuditLog;
import org.safar.outreach.AgeBand;
import org.safar.outreach.Campaign;
import org.safar.outreach.Campaigns;
import org.safar.outreach.EventKind;
import org.safar.outreach.OutreachEvent;
import org.safar.outreach.OutreachEvents;
import org.safar.outreach.OutreachExports;
import org.safar.outreach.OutreachFilter;
import org.safar.outreach.OutreachRoles;
import org.safar.outreach.Sex;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Outreach events: list with totals, export, record, correct, delete. */
@Controller
@RequestMapping("/outreach/events")
@PreAuthorize(OutreachRoles.READ)
class EventController {

  private final OutreachEvents events;
  private final Campaigns campaigns;
  private final OutreachExports exports;
  private final Choices choices;
  private final AuditLog audit;

  EventController(
      OutreachEvents events,
      Campaigns campaigns,
      OutreachExports exports,
      Choices choices,
      AuditLog audit) {
    this.events = events;
    this.campaigns = campaigns;
    this.exports = exports;
    this.choices = choices;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) Long campaign,
      @RequestParam(required = false) EventKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    OutreachFilter filter = new OutreachFilter(q, project, campaign, kind, from, to);
    model.addAttribute("result", events.search(filter, Math.max(0, page), 25));
    model.addAttribute("totals", events.totals(filter));
    model.addAttribute("filter", filter);
    model.addAttribute("projects", choices.projects());
    model.addAttribute("campaigns", choices.campaigns());
    model.addAttribute("kinds", EventKind.values());
    model.addAttribute("mayEdit", CampaignController.mayEdit(request));
    return "outreach/events";
  }

  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) Long campaign,
      @RequestParam(required = false) EventKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    exports.events(
        new OutreachFilter(q, project, campaign, kind, from, to),
        CsvDownload.open(response, "outreach-events"));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    model.addAttribute("event", events.get(id));
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("mayEdit", CampaignController.mayEdit(request));
    model.addAttribute("history", audit.history("outreach_event", id));
    return "outreach/event";
  }

  @GetMapping("/new")
  @PreAuthorize(OutreachRoles.EDIT)
  String newEvent(
      @RequestParam(required = false) Long campaign,
      @RequestParam(required = false) Long project,
      Model model) {
    EventForm form = new EventForm();
    if (campaign != null) {
      Campaign c = campaigns.get(campaign);
      form.setCampaignId(c.id());
      form.setProjectId(c.projectId());
      form.setOrgUnitId(c.orgUnitId());
    } else {
      form.setProjectId(project);
      var units = choices.units();
      if (units.size() == 1) {
        form.setOrgUnitId(units.get(0).id());
      }
    }
    form.setHeldOn(LocalDate.now());
    return form(form, null, model);
  }

  @PostMapping("/new")
  @PreAuthorize(OutreachRoles.EDIT)
  String record(
      @Valid @ModelAttribute("event") EventForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      long id = events.record(form.toDraft());
      redirect.addFlashAttribute("saved", "outreach.saved.event");
      return "redirect:/outreach/events/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(OutreachRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    return form(EventForm.of(events.get(id)), id, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(OutreachRoles.EDIT)
  String change(
      @PathVariable long id,
      @Valid @ModelAttribute("event") EventForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    events.get(id);
    if (errors.hasErrors()) {
      return form(form, id, model);
    }
    try {
      events.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "outreach.saved.event");
      return "redirect:/outreach/events/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model);
    } catch (OptimisticLockingFailureException e) {
      OutreachEvent current = events.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model);
    }
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(OutreachRoles.EDIT)
  String confirmDelete(@PathVariable long id, Model model) {
    return confirm(events.get(id), null, model);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(OutreachRoles.EDIT)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    OutreachEvent e = events.get(id);
    try {
      events.delete(id, version);
    } catch (OptimisticLockingFailureException conflict) {
      return confirm(events.get(id), "conflict.deletedMeanwhile", model);
    }
    redirect.addFlashAttribute("saved", "outreach.deleted.event");
    return e.campaignId() == null
        ? "redirect:/outreach/events"
        : "redirect:/outreach/campaigns/" + e.campaignId();
  }

  private String confirm(OutreachEvent e, String problem, Model model) {
    model.addAttribute("what", e.place() + ", " + e.heldOn());
    model.addAttribute("action", "/outreach/events/" + e.id() + "/delete");
    model.addAttribute("back", "/outreach/events/" + e.id());
    model.addAttribute("version", e.version());
    model.addAttribute("problem", problem);
    return "outreach/delete";
  }

  private String form(EventForm form, Long id, Model model) {
    model.addAttribute("event", form);
    model.addAttribute("eventId", id);
    model.addAttribute("campaigns", choices.campaigns());
    model.addAttribute("projects", choices.projects());
    model.addAttribute("units", choices.units());
    model.addAttribute("kinds", EventKind.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    return "outreach/event-form";
  }
}
