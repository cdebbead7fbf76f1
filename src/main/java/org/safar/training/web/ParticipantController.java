package org.safar.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.shell.InvalidInputException;
import org.safar.shell.SpreadsheetSafe;
import org.safar.training.ParticipantSex;
import org.safar.training.Trainings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Participants one by one, their CSV export, and the trainers linked to a training. */
@Controller
@PreAuthorize(TrainingRoles.READ)
class ParticipantController {

  private final Trainings trainings;
  private final AuditLog audit;

  ParticipantController(Trainings trainings, AuditLog audit) {
    this.trainings = trainings;
    this.audit = audit;
  }

  @GetMapping("/trainings/{id}/participants/new")
  @PreAuthorize(TrainingRoles.EDIT)
  String newParticipant(@PathVariable long id, Model model) {
    return form(id, new ParticipantForm(), null, model);
  }

  @PostMapping("/trainings/{id}/participants/new")
  @PreAuthorize(TrainingRoles.EDIT)
  String add(
      @PathVariable long id,
      @ModelAttribute("form") ParticipantForm form,
      Model model,
      RedirectAttributes redirect) {
    try {
      trainings.addParticipant(id, form.toDraft());
      redirect.addFlashAttribute("saved", "training.saved.participant");
      return "redirect:/trainings/" + id;
    } catch (InvalidInputException e) {
      return form(id, form, e, model);
    }
  }

  private String form(long id, ParticipantForm form, InvalidInputException error, Model model) {
    model.addAttribute("t", trainings.get(id));
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("sexes", ParticipantSex.values());
    return "training/participant-form";
  }

  /** Asks before a participant is removed. */
  @GetMapping("/trainings/{id}/participants/{pid}/remove")
  @PreAuthorize(TrainingRoles.EDIT)
  String confirmRemove(@PathVariable long id, @PathVariable long pid, Model model) {
    model.addAttribute("t", trainings.get(id));
    model.addAttribute("p", trainings.participant(id, pid));
    return "training/participant-remove";
  }

  @PostMapping("/trainings/{id}/participants/{pid}/remove")
  @PreAuthorize(TrainingRoles.EDIT)
  String remove(@PathVariable long id, @PathVariable long pid, RedirectAttributes redirect) {
    trainings.removeParticipant(id, pid);
    redirect.addFlashAttribute("saved", "training.saved.participantRemoved");
    return "redirect:/trainings/" + id;
  }

  @GetMapping("/trainings/{id}/participants.csv")
  void export(@PathVariable long id, HttpServletResponse response) throws IOException {
    trainings.get(id);
    Writer out = TrainingController.csv(response, "training-" + id + "-participants");
    long[] rows = {0};
    boolean complete = false;
    try {
      CSVPrinter csv =
          CSVFormat.RFC4180
              .builder()
              .setHeader(
                  "name", "institution", "sex", "position", "pre_score", "post_score", "gain")
              .get()
              .print(out);
      trainings.exportParticipants(
          id,
          p -> {
            try {
              csv.printRecord(
                  SpreadsheetSafe.cell(p.fullName()),
                  SpreadsheetSafe.cell(p.institution()),
                  p.sex().name(),
                  SpreadsheetSafe.cell(p.position()),
                  p.preScore() == null ? null : p.preScore().toPlainString(),
                  p.postScore() == null ? null : p.postScore().toPlainString(),
                  p.gain() == null ? null : p.gain().toPlainString());
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
      complete = true;
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          "training",
          id,
          rows[0] + " participants" + (complete ? "" : "; broken off"));
    }
  }

  @PostMapping("/trainings/{id}/trainers")
  @PreAuthorize(TrainingRoles.EDIT)
  String addTrainer(
      @PathVariable long id, @RequestParam String participantId, RedirectAttributes redirect) {
    try {
      Long pid = Forms.id(participantId, "participantId", "training.error.trainerNotTrainee");
      if (pid == null) {
        throw new org.safar.training.InvalidTrainingInputException(
            "participantId", "training.error.trainerNotTrainee");
      }
      trainings.addTrainer(id, pid);
      redirect.addFlashAttribute("saved", "training.saved.trainer");
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/trainings/" + id + "#trainers";
  }

  @PostMapping("/trainings/{id}/trainers/{pid}/remove")
  @PreAuthorize(TrainingRoles.EDIT)
  String removeTrainer(@PathVariable long id, @PathVariable long pid) {
    trainings.removeTrainer(id, pid);
    return "redirect:/trainings/" + id + "#trainers";
  }
}
