package org.safar.counselling.web;

import org.safar.counselling.Channel;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.Intention;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.Topic;
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

/** Recording a counselling session with a client. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class SessionController {

  private final Clients clients;
  private final CounsellingSessions sessions;

  SessionController(Clients clients, CounsellingSessions sessions) {
    this.clients = clients;
    this.sessions = sessions;
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
