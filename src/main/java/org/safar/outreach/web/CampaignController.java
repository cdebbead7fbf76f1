package org.safar.outreach.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.safar.audit.AuditLog;
import org.safar.outreach.Audience;
import org.safar.outreach.Campaign;
import org.safar.outreach.CampaignChannel;
import org.safar.outreach.Campaigns;
import org.safar.outreach.OutreachEvents;
import org.safar.outreach.OutreachExports;
import org.safar.outreach.OutreachFilter;
import org.safar.outreach.OutreachRoles;
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

/** Awareness campaigns: list, export, record, correct, delete. */
@Controller
@RequestMapping("/outreach/campaigns")
@PreAuthorize(OutreachRoles.READ)
class CampaignController {

  private final Campaigns campaigns;
  private final OutreachEvents events;
  private final OutreachExports exports;
  private final Choices choices;
  private final AuditLog audit;

  CampaignController(
      Campaigns campaigns,
      OutreachEvents events,
      OutreachExports exports,
      Choices choices,
      AuditLog audit) {
    this.campaigns = campaigns;
    this.events = events;
    this.exports = exports;
    this.choices = choices;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    OutreachFilter filter = new OutreachFilter(q, project, null, null, from, to);
    model.addAttribute("result", campaigns.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("projects", choices.projects());
    model.addAttribute("mayEdit", mayEdit(request));
    return "outreach/campaigns";
  }

  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    exports.campaigns(
        new OutreachFilter(q, project, null, null, from, to),
        CsvDownload.open(response, "campaigns"));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, HttpServletRequest request, Model model) {
    Campaign c = campaigns.get(id);
    OutreachFilter mine = new OutreachFilter(null, null, id, null, null, null);
    model.addAttribute("campaign", c);
    model.addAttribute("events", events.search(mine, 0, 200));
    model.addAttribute("totals", events.totals(mine));
    model.addAttribute("mayEdit", mayEdit(request));
    model.addAttribute("history", audit.history("outreach_campaign", id));
    return "outreach/campaign";
  }

  @GetMapping("/new")
  @PreAuthorize(OutreachRoles.EDIT)
  String newCampaign(@RequestParam(required = false) Long project, Model model) {
    CampaignForm form = new CampaignForm();
    form.setProjectId(project);
    form.setStartsOn(LocalDate.now());
    var units = choices.units();
    if (units.size() == 1) {
      form.setOrgUnitId(units.get(0).id());
    }
    return form(form, null, model);
  }

  @PostMapping("/new")
  @PreAuthorize(OutreachRoles.EDIT)
  String record(
      @ModelAttribute("campaign") CampaignForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      long id = campaigns.record(form.toDraft());
      redirect.addFlashAttribute("saved", "outreach.saved.campaign");
      return "redirect:/outreach/campaigns/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(OutreachRoles.EDIT)
  String edit(@PathVariable long id, Model model) {
    return form(CampaignForm.of(campaigns.get(id)), id, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(OutreachRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("campaign") CampaignForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    campaigns.get(id);
    if (errors.hasErrors()) {
      return form(form, id, model);
    }
    try {
      campaigns.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "outreach.saved.campaign");
      return "redirect:/outreach/campaigns/" + id;
    } catch (InvalidInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model);
    } catch (OptimisticLockingFailureException e) {
      Campaign current = campaigns.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model);
    }
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(OutreachRoles.EDIT)
  String confirmDelete(@PathVariable long id, Model model) {
    Campaign c = campaigns.get(id);
    return confirm(c, null, model);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(OutreachRoles.EDIT)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    Campaign c = campaigns.get(id);
    try {
      campaigns.delete(id, version);
    } catch (InvalidInputException e) {
      return confirm(c, e.messageKey(), model);
    } catch (OptimisticLockingFailureException e) {
      return confirm(campaigns.get(id), "conflict.deletedMeanwhile", model);
    }
    redirect.addFlashAttribute("saved", "outreach.deleted.campaign");
    return "redirect:/outreach/campaigns";
  }

  private String confirm(Campaign c, String problem, Model model) {
    model.addAttribute("what", c.title());
    model.addAttribute("action", "/outreach/campaigns/" + c.id() + "/delete");
    model.addAttribute("back", "/outreach/campaigns/" + c.id());
    model.addAttribute("version", c.version());
    model.addAttribute("problem", problem);
    return "outreach/delete";
  }

  private String form(CampaignForm form, Long id, Model model) {
    model.addAttribute("campaign", form);
    model.addAttribute("campaignId", id);
    model.addAttribute("projects", choices.projects());
    model.addAttribute("units", choices.units());
    model.addAttribute("audiences", Audience.values());
    model.addAttribute("channels", CampaignChannel.values());
    return "outreach/campaign-form";
  }

  static boolean mayEdit(HttpServletRequest request) {
    return OutreachRoles.EDITORS.stream().anyMatch(request::isUserInRole);
  }
}
