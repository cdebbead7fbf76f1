package org.safar.counselling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.safar.audit.AuditLog;
import org.safar.counselling.Channel;
import org.safar.counselling.DeskExports;
import org.safar.counselling.DeskStaff;
import org.safar.counselling.Inquiries;
import org.safar.counselling.Inquiry;
import org.safar.counselling.InquiryFilter;
import org.safar.counselling.InquiryStatus;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.SortOrder;
import org.safar.identity.StaffPrincipal;
import org.safar.shell.ResultPage;
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
  private final DeskExports exports;
  private final DeskStaff staff;

  InquiryController(
      Inquiries inquiries, Mrcs mrcs, AuditLog audit, DeskExports exports, DeskStaff staff) {
    this.exports = exports;
    this.staff = staff;
    this.audit = audit;
    this.inquiries = inquiries;
    this.mrcs = mrcs;
  }

  @GetMapping
  String list(
      InquiryQuery query,
      @RequestParam(defaultValue = "0") int page,
      @AuthenticationPrincipal StaffPrincipal me,
      Model model) {
    InquiryFilter filter = query.toFilter(me.accountId());
    ResultPage<Inquiry> result = inquiries.search(filter, Math.max(0, page), 25);
    model.addAttribute("result", result);
    model.addAttribute("names", inquiries.staffNames(result.rows()));
    model.addAttribute("filter", filter);
    model.addAttribute("mine", query.onlyMine());
    model.addAttribute("sorts", SortOrder.byDate());
    model.addAttribute("staff", staff.inScope());
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("statuses", InquiryStatus.values());
    model.addAttribute("channels", Channel.values());
    model.addAttribute("now", Instant.now());
    return "counselling/inquiries";
  }

  /** The inbox as filtered on screen, every page of it, as CSV. */
  @GetMapping("/export.csv")
  void export(
      InquiryQuery query, @AuthenticationPrincipal StaffPrincipal me, HttpServletResponse response)
      throws IOException {
    exports.inquiries(query.toFilter(me.accountId()), CsvDownload.open(response, "inquiries"));
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
