package org.safar.counselling.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.counselling.Client;
import org.safar.counselling.Clients;
import org.safar.counselling.InvalidCounsellingInputException;
import org.safar.counselling.ProtectedCase;
import org.safar.counselling.ProtectedCase.CaseRole;
import org.safar.counselling.ProtectedCases;
import org.safar.counselling.ProtectionReason;
import org.safar.identity.Accounts;
import org.safar.identity.StaffPrincipal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marking a case protected, handing it over, closing it; and the caseworker's own list. */
@Controller
@PreAuthorize(DeskRoles.DESK)
class ProtectionController {

  private final ProtectedCases cases;
  private final Clients clients;
  private final Accounts accounts;
  private final Mrcs mrcs;

  ProtectionController(ProtectedCases cases, Clients clients, Accounts accounts, Mrcs mrcs) {
    this.cases = cases;
    this.clients = clients;
    this.accounts = accounts;
    this.mrcs = mrcs;
  }

  /** The cases the signed-in person works or supervises, and those offered to them. */
  @GetMapping("/counselling/protected")
  @PreAuthorize("hasAnyRole('PROTECTION_CASEWORKER', 'PROTECTION_SUPERVISOR')")
  String mine(@AuthenticationPrincipal StaffPrincipal me, Model model) {
    List<ProtectedCase> mine = cases.mine();
    Set<Long> people = new HashSet<>();
    for (ProtectedCase c : mine) {
      addPeople(c, people);
    }
    model.addAttribute("cases", mine);
    model.addAttribute("me", me.accountId());
    model.addAttribute(
        "clientNames", clients.displayNames(mine.stream().map(ProtectedCase::clientId).toList()));
    model.addAttribute("names", accounts.names(people));
    Map<Long, String> mrcNames = new java.util.HashMap<>();
    mine.forEach(c -> mrcNames.computeIfAbsent(c.mrcId(), mrcs::name));
    model.addAttribute("mrcNames", mrcNames);
    return "counselling/protected";
  }

  @GetMapping("/counselling/clients/{id}/protect")
  @PreAuthorize(
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR')")
  String markForm(@PathVariable long id, Model model) {
    return markPage(clients.forChange(id), null, null, null, null, model);
  }

  @PostMapping("/counselling/clients/{id}/protect")
  @PreAuthorize(
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR')")
  String mark(
      @PathVariable long id,
      @RequestParam(required = false) ProtectionReason reason,
      @RequestParam(required = false) Long caseworkerId,
      @RequestParam(required = false) Long supervisorId,
      Model model,
      RedirectAttributes redirect) {
    try {
      cases.mark(id, reason, caseworkerId, supervisorId);
      redirect.addFlashAttribute("saved", "protection.saved.marked");
      return "redirect:/counselling/clients/" + id;
    } catch (InvalidCounsellingInputException e) {
      return markPage(clients.forChange(id), reason, caseworkerId, supervisorId, e, model);
    }
  }

  @PostMapping("/counselling/clients/{id}/protection/offer")
  String offer(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(required = false) CaseRole role,
      @RequestParam(required = false) Long to,
      RedirectAttributes redirect) {
    return act(id, redirect, "protection.saved.offered", () -> cases.offer(id, version, role, to));
  }

  @PostMapping("/counselling/clients/{id}/protection/accept")
  String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
    return act(id, redirect, "protection.saved.accepted", () -> cases.accept(id, version));
  }

  @PostMapping("/counselling/clients/{id}/protection/decline")
  String decline(
      @PathVariable long id,
      @RequestParam int version,
      @RequestParam(defaultValue = "client") String back,
      RedirectAttributes redirect) {
    String done = act(id, redirect, "protection.saved.declined", () -> cases.decline(id, version));
    return "list".equals(back) ? "redirect:/counselling/protected" : done;
  }

  @PostMapping("/counselling/clients/{id}/protection/close")
  String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
    return act(id, redirect, "protection.saved.closed", () -> cases.close(id, version));
  }

  @PostMapping("/counselling/clients/{id}/protection/reopen")
  String reopen(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
    return act(id, redirect, "protection.saved.reopened", () -> cases.reopen(id, version));
  }

  private String act(long id, RedirectAttributes redirect, String saved, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("saved", saved);
    } catch (InvalidCounsellingInputException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("problem", "conflict.savedMeanwhile");
    }
    return "redirect:/counselling/clients/" + id;
  }

  private String markPage(
      Client client,
      ProtectionReason reason,
      Long caseworkerId,
      Long supervisorId,
      InvalidCounsellingInputException problem,
      Model model) {
    model.addAttribute("clientRecord", client);
    model.addAttribute("reasons", ProtectionReason.values());
    model.addAttribute("reason", reason);
    model.addAttribute("caseworkerId", caseworkerId);
    model.addAttribute("supervisorId", supervisorId);
    model.addAttribute("caseworkers", cases.caseworkersFor(client.mrcId()));
    model.addAttribute("supervisors", cases.supervisorsFor(client.mrcId()));
    if (problem != null) {
      model.addAttribute("problemField", problem.field());
      model.addAttribute("problem", problem.messageKey());
    }
    return "counselling/protect";
  }

  static void addPeople(ProtectedCase c, Set<Long> people) {
    if (c.caseworkerId() != null) {
      people.add(c.caseworkerId());
    }
    if (c.supervisorId() != null) {
      people.add(c.supervisorId());
    }
    if (c.offeredTo() != null) {
      people.add(c.offeredTo());
    }
  }
}
