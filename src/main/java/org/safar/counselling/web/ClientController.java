package org.safar.counselling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Client;
import org.safar.counselling.ClientFilter;
import org.safar.counselling.Clients;
import org.safar.counselling.ConsentMethod;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.DeskExports;
import org.safar.counselling.FollowUps;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.MigrantStatus;
import org.safar.counselling.ProtectedCase;
import org.safar.counselling.ProtectedCases;
import org.safar.counselling.Sex;
import org.safar.counselling.SortOrder;
import org.safar.identity.Accounts;
import org.safar.identity.StaffPrincipal;
import org.safar.orgunits.Countries;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Client records: register (with a duplicate warning), open, change, search. */
@Controller
@RequestMapping("/counselling/clients")
@PreAuthorize(DeskRoles.DESK)
class ClientController {

  private final Clients clients;
  private final CounsellingSessions sessions;
  private final FollowUps followUps;
  private final Mrcs mrcs;
  private final AuditLog audit;
  private final DeskExports export;
  private final ProtectedCases protectedCases;
  private final Accounts accounts;

  ClientController(
      Clients clients,
      CounsellingSessions sessions,
      FollowUps followUps,
      Mrcs mrcs,
      AuditLog audit,
      DeskExports export,
      ProtectedCases protectedCases,
      Accounts accounts) {
    this.protectedCases = protectedCases;
    this.accounts = accounts;
    this.audit = audit;
    this.export = export;
    this.clients = clients;
    this.sessions = sessions;
    this.followUps = followUps;
    this.mrcs = mrcs;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) MigrantStatus status,
      @RequestParam(required = false) Long mrc,
      @RequestParam(required = false) SortOrder sort,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    ClientFilter filter = new ClientFilter(q, status, mrc, sort);
    model.addAttribute("result", clients.search(filter, Math.max(0, page), 25));
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", MigrantStatus.values());
    model.addAttribute("sorts", SortOrder.values());
    model.addAttribute("mrcs", mrcs.inScope());
    return "counselling/clients";
  }

  /** The list as CSV (UTF-8 with a byte-order mark, so spreadsheets read every script). */
  @GetMapping(path = "/export.csv")
  void export(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) MigrantStatus status,
      @RequestParam(required = false) Long mrc,
      @RequestParam(required = false) SortOrder sort,
      HttpServletResponse response)
      throws IOException {
    export.clients(new ClientFilter(q, status, mrc, sort), CsvDownload.open(response, "clients"));
  }

  @GetMapping("/new")
  String newClient(
      @RequestParam(required = false) Long mrc,
      @RequestParam(required = false) Long inquiry,
      Model model,
      java.util.Locale locale) {
    ClientForm form = new ClientForm();
    form.setMrcId(mrc);
    form.setInquiryId(inquiry);
    return form(form, null, model, locale);
  }

  @PostMapping("/new")
  String register(
      @ModelAttribute("client") ClientForm form,
      BindingResult errors,
      Model model,
      java.util.Locale locale,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model, locale);
    }
    try {
      if (!form.isNotDuplicate()) {
        List<Client> duplicates = clients.likelyDuplicates(form.toDraft());
        if (!duplicates.isEmpty()) {
          model.addAttribute("duplicates", duplicates);
          return form(form, null, model, locale);
        }
      }
      Client created = clients.register(form.toDraft());
      redirect.addFlashAttribute("saved", "client.saved.created");
      String next = "redirect:/counselling/clients/" + created.id();
      return form.getInquiryId() == null ? next : next + "?inquiry=" + form.getInquiryId();
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, null, model, locale);
    }
  }

  @GetMapping("/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) Long inquiry,
      @AuthenticationPrincipal StaffPrincipal me,
      Model model,
      RedirectAttributes redirect) {
    Client client = clients.get(id);
    if (client.mergedInto() != null) {
      redirect.addFlashAttribute("saved", "client.mergedNotice");
      return "redirect:/counselling/clients/" + client.mergedInto();
    }
    model.addAttribute("client", client);
    model.addAttribute("mrcName", mrcs.name(client.mrcId()));
    model.addAttribute("sessions", sessions.ofClient(client));
    model.addAttribute("intentions", sessions.intentionsOf(client));
    model.addAttribute("followUps", followUps.ofClient(client));
    model.addAttribute("inquiry", inquiry);
    model.addAttribute("today", LocalDate.now());
    model.addAttribute("history", audit.history("client", id));
    ProtectedCase protection = protectedCases.of(id).orElse(null);
    model.addAttribute("protection", protection);
    if (protection != null) {
      Set<Long> people = new HashSet<>();
      ProtectionController.addPeople(protection, people);
      model.addAttribute("teamNames", accounts.names(people));
      model.addAttribute("me", me.accountId());
      model.addAttribute("anonymiseMonths", protectedCases.anonymiseAfter().toTotalMonths());
      if (protection.onTeam(me.accountId())) {
        model.addAttribute("caseworkers", protectedCases.caseworkersFor(client.mrcId()));
        model.addAttribute("supervisors", protectedCases.supervisorsFor(client.mrcId()));
      }
    }
    return "counselling/client";
  }

  /** Choosing the record to keep: likely duplicates first, or any client found by search. */
  @GetMapping("/{id}/erase")
  @PreAuthorize(DeskRoles.COORDINATION)
  String confirmErase(@PathVariable long id, Model model) {
    model.addAttribute("client", clients.get(id));
    return "counselling/client-erase";
  }

  @PostMapping("/{id}/erase")
  @PreAuthorize(DeskRoles.COORDINATION)
  String erase(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) String reason,
      Model model,
      RedirectAttributes redirect) {
    try {
      clients.erase(id, version, reason);
      redirect.addFlashAttribute("saved", "client.erase.done");
      return "redirect:/counselling/clients/" + id;
    } catch (InvalidCounsellingInputException e) {
      model.addAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      model.addAttribute("problem", "conflict.savedMeanwhile");
    }
    model.addAttribute("client", clients.get(id));
    model.addAttribute("reason", reason);
    return "counselling/client-erase";
  }

  @GetMapping("/{id}/merge")
  String chooseMergeTarget(
      @PathVariable long id, @RequestParam(required = false) String q, Model model) {
    Client duplicate = clients.forChange(id);
    model.addAttribute("duplicate", duplicate);
    model.addAttribute("q", q);
    List<Client> candidates =
        q == null || q.isBlank()
            ? clients.likelyDuplicates(ClientForm.of(duplicate).toDraft())
            : clients.search(new ClientFilter(q, null, null, SortOrder.NAME), 0, 20).rows();
    model.addAttribute("candidates", candidates.stream().filter(c -> c.id() != id).toList());
    return "counselling/client-merge";
  }

  @GetMapping("/{id}/merge/{keptId}")
  String confirmMerge(@PathVariable long id, @PathVariable long keptId, Model model) {
    model.addAttribute("duplicate", clients.forChange(id));
    model.addAttribute("kept", clients.forChange(keptId));
    return "counselling/client-merge-confirm";
  }

  @PostMapping("/{id}/merge/{keptId}")
  String merge(
      @PathVariable long id,
      @PathVariable long keptId,
      @RequestParam int version,
      RedirectAttributes redirect) {
    try {
      clients.merge(id, version, keptId);
      redirect.addFlashAttribute("saved", "client.saved.merged");
      return "redirect:/counselling/clients/" + keptId;
    } catch (InvalidCounsellingInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("problem", "client.error.changedBeforeMerge");
    }
    return "redirect:/counselling/clients/" + id;
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model, java.util.Locale locale) {
    return form(ClientForm.of(clients.forChange(id)), id, model, locale);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute("client") ClientForm form,
      BindingResult errors,
      Model model,
      java.util.Locale locale,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, id, model, locale);
    }
    try {
      clients.update(id, form.getVersion(), form.toDraft());
      redirect.addFlashAttribute("saved", "client.saved.updated");
      return "redirect:/counselling/clients/" + id;
    } catch (InvalidCounsellingInputException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model, locale);
    } catch (OptimisticLockingFailureException e) {
      Client current = clients.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model, locale);
    }
  }

  private String form(ClientForm form, Long id, Model model, java.util.Locale locale) {
    model.addAttribute("client", form);
    model.addAttribute("clientId", id);
    model.addAttribute("mrcs", mrcs.inScope());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("ageBands", AgeBand.values());
    model.addAttribute("statuses", MigrantStatus.values());
    model.addAttribute("consentMethods", ConsentMethod.values());
    model.addAttribute("countries", Countries.all(locale));
    return "counselling/client-form";
  }
}
