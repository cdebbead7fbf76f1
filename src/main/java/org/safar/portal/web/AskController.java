package org.safar.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safar.counselling.Channel;
import org.safar.counselling.Inquiry;
import org.safar.counselling.InquiryDraft;
import org.safar.counselling.InquiryIntake;
import org.safar.portal.PublicFormGuard;
import org.safar.portal.PublicLeaflets;
import org.safar.portal.PublicMrcs;
import org.safar.shell.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Ask a counsellor": a plain form (no script) whose question becomes an inquiry in the chosen
 * MRC's inbox on the desk (channel PORTAL); the visitor gets its reference number. Checked in the
 * page's language first, then asked of {@link PublicFormGuard} (honeypot, per-address limit).
 */
@Controller
class AskController {

  static final int MAX_QUESTION = 2000;
  static final int MAX_NAME = 100;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{4,40}");

  private final InquiryIntake intake;
  private final PublicMrcs mrcs;
  private final PublicFormGuard guard;

  AskController(InquiryIntake intake, PublicMrcs mrcs, PublicFormGuard guard) {
    this.intake = intake;
    this.mrcs = mrcs;
    this.guard = guard;
  }

  /** The reference a visitor is given: the inquiry's number on the desk. */
  static String reference(long inquiryId) {
    return "P-" + inquiryId;
  }

  @GetMapping("/portal/ask")
  String form(@RequestParam(required = false) String mrc, Locale locale, Model model) {
    AskForm form = new AskForm();
    form.setLanguage(PortalPages.language(locale));
    form.setMrc(mrc);
    if (form.mrcId() == null || mrcs.find(form.mrcId()).isEmpty()) {
      form.setMrc(null);
    }
    return page(form, locale, model);
  }

  @PostMapping("/portal/ask")
  String send(
      @ModelAttribute("ask") AskForm form,
      BindingResult errors,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    check(form, errors);
    if (errors.hasErrors()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(form, locale, model);
    }
    switch (guard.admit(request.getRemoteAddr(), form.getWebsite())) {
      case MACHINE:
        return "redirect:/portal/ask/sent";
      case TOO_MANY:
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        errors.reject("portal.ask.error.tooMany");
        return page(form, locale, model);
      default:
        break;
    }
    try {
      Inquiry inquiry =
          intake.fromPortal(
              new InquiryDraft(
                  form.mrcId(),
                  Channel.PORTAL,
                  Instant.now(),
                  form.getLanguage(),
                  form.getQuestion().strip(),
                  blankToNull(form.getName()),
                  blankToNull(form.getPhone()),
                  blankToNull(form.getEmail())));
      return "redirect:/portal/ask/sent?ref=" + reference(inquiry.id());
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      errors.reject("portal.ask.error.notSent");
      return page(form, locale, model);
    }
  }

  @GetMapping("/portal/ask/sent")
  String sent(@RequestParam(required = false) String ref, Model model) {
    model.addAttribute("ref", ref != null && ref.matches("P-[0-9]{1,12}") ? ref : null);
    return "portal/ask-sent";
  }

  private void check(AskForm form, BindingResult errors) {
    String question = form.getQuestion() == null ? "" : form.getQuestion().strip();
    if (question.isEmpty()) {
      errors.rejectValue("question", "portal.ask.error.questionEmpty");
    } else if (question.codePointCount(0, question.length()) > MAX_QUESTION) {
      errors.rejectValue(
          "question", "portal.ask.error.questionTooLong", new Object[] {MAX_QUESTION}, null);
    }
    if (!PublicLeaflets.languages().contains(form.getLanguage())) {
      errors.rejectValue("language", "portal.ask.error.language");
    }
    if (form.mrcId() == null || mrcs.find(form.mrcId()).isEmpty()) {
      errors.rejectValue("mrc", "portal.ask.error.mrc");
    }
    String name = blankToNull(form.getName());
    if (name != null && name.codePointCount(0, name.length()) > MAX_NAME) {
      errors.rejectValue("name", "portal.ask.error.nameTooLong", new Object[] {MAX_NAME}, null);
    }
    String phone = blankToNull(form.getPhone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.rejectValue("phone", "portal.ask.error.phone");
    }
    String email = blankToNull(form.getEmail());
    if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
      errors.rejectValue("email", "portal.ask.error.email");
    }
  }

  private String page(AskForm form, Locale locale, Model model) {
    model.addAttribute("ask", form);
    var byCountry = mrcs.byCountry();
    model.addAttribute("byCountry", byCountry);
    model.addAttribute("countryNames", PortalPages.countryNames(locale, byCountry.keySet()));
    model.addAttribute("languages", PublicLeaflets.languages());
    model.addAttribute("maxQuestion", MAX_QUESTION);
    return "portal/ask";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
