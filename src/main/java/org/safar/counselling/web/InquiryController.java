package org.safar.counselling.web;

import java.time.Instant;
import java.time.LocalDate;
import org.safar.audit.AuditLog;
import org.safar.counselling.Channel;
import org.safar.counselling.Inquiries;
import org.safar.counselling.Inquiry;
import org.safar.counselling.InquiryFilter;
import org.safar.counselling.InquiryStatus;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.identity.StaffPrincipal;
import org.safar.shell.ResultPage;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inquiry inbox: list, take a new one at the desk, assign, answer, close. */
@Controller
@RequestMapping("/counselling/inquiries")
@PreAuthorize(DeskRoles.DESK)
class InquiryController {

  private final Inquiries inquiries;
  private final Mrcs mrcs;
  private final AuditLog audit;

  InquiryController(Inquiries inquiries, Mrcs mrcs, AuditLog audit) {
    this.audit = audit;
    this.inquiries = inquiries;
    this.mrcs = mrcs;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Long mrc,
      @RequestParam(required = false) InquiryStatus status,
      @RequestParam(required = false) Channel channel,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal StaffPrincipal me,
      Model model) {
    InquiryFilter filter =
        new InquiryFilter(mrc, status, channel, mine ? me.accountId() : null, from, to, q);
    ResultPage<Inquiry> result = inquiries.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute("names", inquiries.staffNames(result.rows()));
    model.addAttribute("filter", filter);
    model.addAttribute("mine", mine);
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("statuses", InquiryStatus.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("now", Instant.now());
    return "counselling/inquiries";
  }

  @GetMapping("/new")
  String newInquiry(@RequestParam(required = false) Long mrc, Model model) {
    InquiryForm form = new InquiryForm();
    form.setMrcId(mrc);
    return form(form, model);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("inquiry") InquiryForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, model);
    }
    try {
      Inquiry created = inquiries.record(form.toDraft());
      redirect.addFlashAttribute("saved", "inquiry.saved.created");
      return "redirect:/counselling/inquiries/" + created.id();
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, model);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Inquiry inquiry = inquiries.get(id);
    model.addAttribute("inquiry", inquiry);
    model.addAttribute("mrcName", mrcs.name(inquiry.mrcId()));
    model.addAttribute("staff", inquiries.assignable(inquiry.mrcId()));
    model.addAttribute("names", inquiries.staffNames(java.util.List.of(inquiry)));
    model.addAttribute("now", Instant.now());
    model.addAttribute("history", audit.history("inquiry", id));
    return "counselling/inquiry";
  }

  @PostMapping("/{id}/assign")
  @PreAuthorize(DeskRoles.COORDINATION)
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) Long assignee,
      RedirectAttributes redirect) {
    try {
      inquiries.assign(id, assignee);
      redirect.addFlashAttribute("saved", "inquiry.saved.assigned");
    } catch (InvalidCounsellingInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/counselling/inquiries/" + id;
  }

  @PostMapping("/{id}/answer")
  String answer(@PathVariable long id, RedirectAttributes redirect) {
    inquiries.answer(id, null);
    redirect.addFlashAttribute("saved", "inquiry.saved.answered");
    return "redirect:/counselling/inquiries/" + id;
  }

  @PostMapping("/{id}/close")
  String close(@PathVariable long id, RedirectAttributes redirect) {
    inquiries.close(id);
    redirect.addFlashAttribute("saved", "inquiry.saved.closed");
    return "redirect:/counselling/inquiries/" + id;
  }

  private String form(InquiryForm form, Model model) {
    model.addAttribute("inquiry", form);
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("channels", Channel.values());
    return "counselling/inquiry-form";
  }
}
