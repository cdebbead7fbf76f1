package org.safar.counselling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safar.audit.AuditLog;
import org.safar.counselling.Channel;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSession;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.DeskExports;
import org.safar.counselling.DeskStaff;
import org.safar.counselling.Intention;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.SessionFilter;
import org.safar.counselling.SortOrder;
import org.safar.counselling.Topic;
import org.safar.identity.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a counselling session with a client. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class SessionController {

  private final Clients clients;
  private final CounsellingSessions sessions;
  private final Mrcs mrcs;
  private final DeskExports exports;
  private final DeskStaff staff;

  private final AuditLog audit;

  SessionController(
      Clients clients,
      CounsellingSessions sessions,
      Mrcs mrcs,
      DeskExports exports,
      DeskStaff staff,
      AuditLog audit) {
    this.audit = audit;
    this.exports = exports;
    this.staff = staff;
    this.clients = clients;
    this.sessions = sessions;
    this.mrcs = mrcs;
  }

  @GetMapping("/counselling/sessions")
  String list(
      SessionQuery query,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal StaffPrincipal me,
      Model model) {
    SessionFilter filter = query.toFilter(me.accountId());
    var result = sessions.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute("names", sessions.counsellorNames(result.rows()));
    model.addAttribute("filter", filter);
    model.addAttribute("mine", query.onlyMine());
    model.addAttribute("sorts", SortOrder.byDate());
    model.addAttribute("staff", staff.inScope());
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("topics", Topic.values());
    model.addAttribute("channels", Channel.values());
    return "counselling/sessions";
  }

  /** The list as filtered on screen, every page of it, as CSV. */
  @GetMapping("/counselling/sessions/export.csv")
  void export(
      SessionQuery query, @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response)
      throws IOException {
    exports.sessions(query.toFilter(me.accountId()), CsvDownload.open(response, "sessions"));
  }

  @GetMapping("/counselling/clients/{clientId}/sessions/new")
  String newSession(
      @PathVariable long clientId, @RequestParam(required = false) Long inquiry, Model model) {
    SessionForm form = new SessionForm();
    form.setInquiryId(inquiry);
    return form(clients.forChange(clientId), form, model);
  }

  @PostMapping("/counselling/clients/{clientId}/sessions/new")
  String record(
      @PathVariable long clientId,
      @ModelAttribute("session") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(clients.forChange(clientId), form, model);
    }
    try {
      sessions.record(clientId, form.toDraft());
      redirect.addFlashAttribute("saved", "session.saved.created");
      return "redirect:/counselling/clients/" + clientId;
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(clients.forChange(clientId), form, model);
    }
  }

  @GetMapping("/counselling/sessions/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    CounsellingSession s = sessions.get(id);
    return editForm(s, SessionForm.of(s), model);
  }

  @PostMapping("/counselling/sessions/{id}/edit")
  String change(
      @PathVariable long id,
      @ModelAttribute("session") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CounsellingSession s = sessions.get(id);
    if (errors.hasErrors()) {
      return editForm(s, form, model);
    }
    try {
      sessions.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "session.saved.updated");
      return "redirect:/counselling/clients/" + s.clientId();
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return editForm(s, form, model);
    } catch (OptimisticLockingFailureException e) {
      CounsellingSession current = sessions.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return editForm(current, form, model);
    }
  }

  private String editForm(CounsellingSession s, SessionForm form, Model model) {
    model.addAttribute("sessionId", s.id());
    model.addAttribute("history", audit.history("counselling_session", s.id()));
    return form(clients.forChange(s.clientId()), form, model);
  }

  private String form(Client client, SessionForm form, Model model) {
    model.addAttribute("clientRecord", client);
    model.addAttribute("session", form);
    model.addAttribute("channels", Channel.values());
    model.addAttribute("topics", Topic.values());
    model.addAttribute("intentions", Intention.values());
    return "counselling/session-form";
  }
}
