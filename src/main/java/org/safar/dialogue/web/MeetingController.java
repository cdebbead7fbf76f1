package org.safar.dialogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.safar.audit.AuditLog;
import org.safar.dialogue.DialogueFilter;
import org.safar.dialogue.DialogueRoles;
import org.safar.dialogue.Meeting;
import org.safar.dialogue.MeetingKind;
import org.safar.dialogue.Meetings;
import org.safar.dialogue.OrganisationType;
import org.safar.orgunits.Countries;
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

/** Dialogue meetings: list, export, record, correct, delete. */
@Controller
@RequestMapping("/dialogue/meetings")
@PreAuthorize(DialogueRoles.READ)
class MeetingController {

  private final Meetings meetings;
  private final Pickers pickers;
  private final AuditLog audit;

  MeetingController(Meetings meetings, Pickers pickers, AuditLog audit) {
    this.meetings = meetings;
    this.pickers = pickers;
    this.audit = audit;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) MeetingKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    DialogueFilter filter =
        new DialogueFilter(q, project, kind == null ? null : kind.name(), from, to);
    model.addAttribute("result", meetings.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("kind", kind);
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("projects", pickers.projects());
    model.addAttribute("mayEdit", Pickers.mayEdit(request));
    return "dialogue/meetings";
  }

  @GetMapping("/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long project,
      @RequestParam(required = false) MeetingKind kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      HttpServletResponse response)
      throws IOException {
    meetings.export(
        new DialogueFilter(q, project, kind == null ? null : kind.name(), from, to),
        CsvDownload.open(response, "dialogue-meetings"));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, HttpServletRequest request, Model model) {
    model.addAttribute("meeting", meetings.get(id));
    model.addAttribute("mayEdit", Pickers.mayEdit(request));
    model.addAttribute("history", audit.history("dialogue_meeting", id));
    return "dialogue/meeting";
  }

  @GetMapping("/new")
  @PreAuthorize(DialogueRoles.EDIT)
  String newMeeting(@RequestParam(required = false) Long project, Locale locale, Model model) {
    MeetingForm form = new MeetingForm();
    form.setProjectId(project);
    form.setHeldOn(Pickers.today());
    return form(form.withSpareLines(), null, locale, model);
  }

  @PostMapping("/new")
  @PreAuthorize(DialogueRoles.EDIT)
  String record(
      @ModelAttribute("meeting") MeetingForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, locale, model);
    }
    try {
      long id = meetings.record(form.toDraft());
      redirect.addFlashAttribute("saved", "dialogue.saved.meeting");
      return "redirect:/dialogue/meetings/" + id;
    } catch (InvalidInputException e) {
      errors.reject(e.messageKey());
      return form(form, null, locale, model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(DialogueRoles.EDIT)
  String edit(@PathVariable long id, Locale locale, Model model) {
    return form(MeetingForm.of(meetings.get(id)).withSpareLines(), id, locale, model);
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(DialogueRoles.EDIT)
  String change(
      @PathVariable long id,
      @ModelAttribute("meeting") MeetingForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    meetings.get(id);
    if (errors.hasErrors()) {
      return form(form, id, locale, model);
    }
    try {
      meetings.change(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "dialogue.saved.meeting");
      return "redirect:/dialogue/meetings/" + id;
    } catch (InvalidInputException e) {
      errors.reject(e.messageKey());
      return form(form, id, locale, model);
    } catch (OptimisticLockingFailureException e) {
      Meeting current = meetings.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, locale, model);
    }
  }

  @GetMapping("/{id}/delete")
  @PreAuthorize(DialogueRoles.EDIT)
  String confirmDelete(@PathVariable long id, Model model) {
    Meeting m = meetings.get(id);
    return Pickers.confirm(
        model,
        m.title(),
        "/dialogue/meetings/" + id + "/delete",
        "/dialogue/meetings/" + id,
        m.version(),
        null);
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(DialogueRoles.EDIT)
  String delete(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int version,
      Model model,
      RedirectAttributes redirect) {
    meetings.get(id);
    try {
      meetings.delete(id, version);
    } catch (OptimisticLockingFailureException e) {
      Meeting m = meetings.get(id);
      return Pickers.confirm(
          model,
          m.title(),
          "/dialogue/meetings/" + id + "/delete",
          "/dialogue/meetings/" + id,
          m.version(),
          "conflict.deletedMeanwhile");
    }
    redirect.addFlashAttribute("saved", "dialogue.deleted");
    return "redirect:/dialogue/meetings";
  }

  private String form(MeetingForm form, Long id, Locale locale, Model model) {
    model.addAttribute("meeting", form);
    model.addAttribute("meetingId", id);
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute("types", OrganisationType.values());
    model.addAttribute("countries", Countries.all(locale));
    model.addAttribute("projects", pickers.projects());
    model.addAttribute("units", pickers.units());
    return "dialogue/meeting-form";
  }
}
