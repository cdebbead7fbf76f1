package org.safar.counselling.web;

import java.time.LocalDate;
import org.safar.counselling.Channel;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.Intention;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.SessionFilter;
import org.safar.counselling.Topic;
import org.safar.identity.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
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

  SessionController(Clients clients, CounsellingSessions sessions, Mrcs mrcs) {
    this.clients = clients;
    this.sessions = sessions;
    this.mrcs = mrcs;
  }

  @GetMapping("/counselling/sessions")
  String list(
      @RequestParam(required = false) Long mrc,
      @RequestParam(required = false) Topic topic,
      @RequestParam(required = false) Channel channel,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal StaffPrincipal me,
      Model model) {
    SessionFilter filter =
        new SessionFilter(mrc, topic, channel, mine ? me.accountId() : null, from, to);
    var result = sessions.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute("names", sessions.counsellorNames(result.rows()));
    model.addAttribute("filter", filter);
    model.addAttribute("mine", mine);
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("topics", Topic.values());
    model.addAttribute("channels", Channel.values());
    return "counselling/sessions";
  }

  @GetMapping("/counselling/clients/{clientId}/sessions/new")
  String newSession(
      @PathVariable long clientId, @RequestParam(required = false) Long inquiry, Model model) {
    SessionForm form = new SessionForm();
    form.setInquiryId(inquiry);
    return form(clients.get(clientId), form, model);
  }

  @PostMapping("/counselling/clients/{clientId}/sessions/new")
  String record(
      @PathVariable long clientId,
      @ModelAttribute("session") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(clients.get(clientId), form, model);
    }
    try {
      sessions.record(clientId, form.toDraft());
      redirect.addFlashAttribute("saved", "session.saved.created");
      return "redirect:/counselling/clients/" + clientId;
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(clients.get(clientId), form, model);
    }
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
