package org.safar.counselling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.safar.counselling.FollowUp;
import org.safar.counselling.FollowUpOutcome;
import org.safar.counselling.FollowUps;
import org.safar.counselling.Intention;
import org.safar.shell.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A counsellor's follow-ups: what is due, and recording a follow-up call. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class FollowUpController {

  private final FollowUps followUps;

  FollowUpController(FollowUps followUps) {
    this.followUps = followUps;
  }

  @GetMapping("/counselling/follow-ups")
  String due(Model model) {
    model.addAttribute("followUps", followUps.dueForMe());
    model.addAttribute("today", LocalDate.now());
    return "counselling/follow-ups";
  }

  @GetMapping("/counselling/follow-ups/{id}")
  String show(@PathVariable long id, Model model) {
    return form(followUps.get(id), model);
  }

  /**
   * Numbers and dates arrive as typed and are parsed here, so a mistyped one is explained on the
   * form with everything else still in it, instead of ending on an error page.
   */
  @PostMapping("/counselling/follow-ups/{id}")
  String record(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean reached,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) Intention intention,
      @RequestParam(required = false) String likelihood,
      @RequestParam(required = false) String nextOn,
      Model model,
      RedirectAttributes redirect) {
    FollowUp followUp = followUps.get(id);
    try {
      followUps.record(
          id,
          new FollowUpOutcome(reached, outcome, intention, likelihood(likelihood), date(nextOn)));
      redirect.addFlashAttribute("saved", "followUp.saved");
      return "redirect:/counselling/clients/" + followUp.clientId();
    } catch (InvalidInputException e) {
      model.addAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("problem", "followUp.error.recordedMeanwhile");
    }
    model.addAttribute("reached", reached);
    model.addAttribute("outcome", outcome);
    model.addAttribute("intention", intention);
    model.addAttribute("likelihood", likelihood);
    model.addAttribute("nextOn", nextOn);
    return form(followUp, model);
  }

  private static Integer likelihood(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("likelihood", "intention.error.likelihood");
    }
  }

  private static LocalDate date(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(typed.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("nextOn", "followUp.error.nextOn");
    }
  }

  private String form(FollowUp followUp, Model model) {
    model.addAttribute("followUp", followUp);
    model.addAttribute("intentions", Intention.values());
    model.addAttribute("today", LocalDate.now());
    return "counselling/follow-up";
  }
}
