package org.safar.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safar.audit.AuditLog;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.referral.OutcomeReason;
import org.safar.referral.ProviderFilter;
import org.safar.referral.Referral;
import org.safar.referral.ReferralStatus;
import org.safar.referral.Referrals;
import org.safar.referral.ServiceDirectory;
import org.safar.referral.ServiceProvider;
import org.safar.referral.ServiceType;
import org.safar.shell.InvalidInputException;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Referrals: lists for each side, the referral form, and each step of a referral's life. */
@Controller
@PreAuthorize(ReferralRoles.ANY)
class ReferralController {

  private final Referrals referrals;
  private final ServiceDirectory directory;
  private final Clients clients;
  private final AuditLog audit;

  ReferralController(
      Referrals referrals, ServiceDirectory directory, Clients clients, AuditLog audit) {
    this.referrals = referrals;
    this.directory = directory;
    this.clients = clients;
    this.audit = audit;
  }

  /** The referring side sees its MRCs' referrals; a provider's staff see those sent to them. */
  @GetMapping("/referrals")
  String list(
      @RequestParam(required = false) ReferralStatus status,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    boolean provider = request.isUserInRole("SERVICE_PROVIDER");
    ResultPage<Referral> result =
        provider
            ? referrals.toMyOrganisation(status, Math.max(0, page), 25)
            : referrals.fromMyMrcs(status, overdue, Math.max(0, page), 25);
    List<Referral> rows = result.rows();
    model.addAttribute("result", result);
    if (!provider) {
      model.addAttribute(
          "clientNames",
          clients.displayNames(rows.stream().map(Referral::clientId).collect(Collectors.toSet())));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("providerView", provider);
    model.addAttribute("providers", providerNames(rows));
    model.addAttribute("status", status);
    model.addAttribute("overdue", overdue);
    model.addAttribute("statuses", ReferralStatus.values());
    model.addAttribute("answerDays", referrals.answerWithin().toDays());
    return "referral/referrals";
  }

  @GetMapping("/referrals/clients/{clientId}")
  @PreAuthorize(ReferralRoles.REFER)
  String client(@PathVariable long clientId, Model model) {
    Client client = clients.get(clientId);
    List<Referral> rows = referrals.ofClient(client);
    model.addAttribute("clientRecord", client);
    model.addAttribute("consents", referrals.consentsOf(client));
    model.addAttribute("rows", rows);
    model.addAttribute("providers", providerNames(rows));
    if (!model.containsAttribute("consent")) {
      model.addAttribute("consent", new ConsentForm());
    }
    model.addAttribute("serviceTypes", ServiceType.values());
    model.addAttribute("today", java.time.LocalDate.now());
    return "referral/client";
  }

  @PostMapping("/referrals/clients/{clientId}/consents")
  @PreAuthorize(ReferralRoles.REFER)
  String recordConsent(
      @PathVariable long clientId,
      @ModelAttribute("consent") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        referrals.recordConsent(clientId, form.toDraft());
        redirect.addFlashAttribute("saved", "consent.saved");
        return "redirect:/referrals/clients/" + clientId;
      } catch (InvalidInputException e) {
        reject(errors, e);
      }
    }
    return client(clientId, model);
  }

  @PostMapping("/referrals/clients/{clientId}/consents/{consentId}/withdraw")
  @PreAuthorize(ReferralRoles.REFER)
  String withdrawConsent(
      @PathVariable long clientId, @PathVariable long consentId, RedirectAttributes redirect) {
    referrals.withdrawConsent(clientId, consentId);
    redirect.addFlashAttribute("saved", "consent.withdrawn");
    return "redirect:/referrals/clients/" + clientId;
  }

  @GetMapping("/referrals/new")
  @PreAuthorize(ReferralRoles.REFER)
  String newReferral(
      @RequestParam long client, @RequestParam(required = false) Long provider, Model model) {
    ReferralForm form = new ReferralForm();
    form.setProviderId(provider);
    return form(clients.forChange(client), form, null, model);
  }

  @PostMapping("/referrals/new")
  @PreAuthorize(ReferralRoles.REFER)
  String create(
      @RequestParam long client,
      @ModelAttribute("referral") ReferralForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        long id = referrals.draft(client, form.toDraft());
        redirect.addFlashAttribute("saved", "referral.saved.draft");
        return "redirect:/referrals/" + id;
      } catch (InvalidInputException e) {
        reject(errors, e);
      }
    }
    return form(clients.forChange(client), form, null, model);
  }

  @GetMapping("/referrals/{id}/edit")
  @PreAuthorize(ReferralRoles.REFER)
  String edit(@PathVariable long id, Model model) {
    Referral r = referrals.get(id);
    return form(clients.forChange(r.clientId()), ReferralForm.of(r), r, model);
  }

  @PostMapping("/referrals/{id}/edit")
  @PreAuthorize(ReferralRoles.REFER)
  String change(
      @PathVariable long id,
      @ModelAttribute("referral") ReferralForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Referral r = referrals.get(id);
    if (!errors.hasErrors()) {
      try {
        referrals.change(id, form.getVersion(), form.toDraft());
        redirect.addFlashAttribute("saved", "referral.saved.changed");
        return "redirect:/referrals/" + id;
      } catch (InvalidInputException e) {
        reject(errors, e);
      } catch (OptimisticLockingFailureException e) {
        errors.reject("conflict.savedMeanwhile");
        model.addAttribute("current", r);
        form.setVersion(referrals.get(id).version());
      }
    }
    return form(clients.forChange(r.clientId()), form, r, model);
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable long id, Model model) {
    Referral r = referrals.get(id);
    boolean referring = referrals.onReferringSide(r);
    ServiceProvider provider = directory.get(r.providerId());
    model.addAttribute("referral", r);
    model.addAttribute("confidential", referrals.hidesClient(r));
    model.addAttribute("provider", provider);
    model.addAttribute("referring", referring);
    model.addAttribute("mayAnswer", referrals.mayAnswer(r));
    model.addAttribute("overdue", referrals.overdue(r));
    model.addAttribute("shared", r.sentAt() == null ? null : referrals.sharedOf(r));
    model.addAttribute(
        "clientName",
        referring ? clients.displayNames(List.of(r.clientId())).get(r.clientId()) : null);
    model.addAttribute("outcomeReasons", OutcomeReason.values());
    model.addAttribute("history", audit.history("referral", id));
    return "referral/referral";
  }

  @PostMapping("/referrals/{id}/send")
  @PreAuthorize(ReferralRoles.REFER)
  String send(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String overrideReason,
      RedirectAttributes redirect) {
    return step(
        id, redirect, "referral.saved.sent", () -> referrals.send(id, version, overrideReason));
  }

  @PostMapping("/referrals/{id}/answer")
  String answer(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam String decision,
      @RequestParam(required = false) String rejectionReason,
      RedirectAttributes redirect) {
    boolean accept = "accept".equals(decision);
    return step(
        id,
        redirect,
        accept ? "referral.saved.accepted" : "referral.saved.rejected",
        () -> referrals.answer(id, version, accept, rejectionReason));
  }

  @PostMapping("/referrals/{id}/complete")
  String complete(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(defaultValue = "false") boolean successful,
      @RequestParam(required = false) OutcomeReason outcomeReason,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return step(
        id,
        redirect,
        "referral.saved.done",
        () -> referrals.complete(id, version, successful, outcomeReason, note));
  }

  @PostMapping("/referrals/{id}/revoke")
  @PreAuthorize(ReferralRoles.REFER)
  String revoke(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    return step(id, redirect, "referral.saved.revoked", () -> referrals.revoke(id, version, note));
  }

  /** A refusal beside its field, or above the form when it is about the referral as a whole. */
  private static void reject(BindingResult errors, InvalidInputException e) {
    if (errors.getTarget() != null
        && org.springframework.beans.BeanUtils.getPropertyDescriptor(
                errors.getTarget().getClass(), e.field())
            != null) {
      errors.rejectValue(e.field(), e.messageKey());
    } else {
      errors.reject(e.messageKey());
    }
  }

  /** Runs one step; a refused step comes back to the referral page with the reason. */
  private String step(long id, RedirectAttributes redirect, String saved, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("saved", saved);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("problem", "conflict.savedMeanwhile");
    }
    return "redirect:/referrals/" + id;
  }

  private String form(Client client, ReferralForm form, Referral existing, Model model) {
    model.addAttribute("clientRecord", client);
    model.addAttribute("referral", form);
    model.addAttribute("referralId", existing == null ? null : existing.id());
    model.addAttribute(
        "providerChoices",
        directory.search(new ProviderFilter(null, null, null, null, null), 0, 500).rows());
    model.addAttribute("serviceTypes", ServiceType.values());
    return "referral/referral-form";
  }

  private Map<Long, String> providerNames(List<Referral> rows) {
    return directory.names(rows.stream().map(Referral::providerId).collect(Collectors.toSet()));
  }
}
