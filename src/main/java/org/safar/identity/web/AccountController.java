package org.safar.identity.web;

import org.safar.identity.Account;
import org.safar.identity.Accounts;
import org.safar.identity.InvalidAccountException;
import org.safar.identity.Role;
import org.safar.identity.TwoFactor;
import org.safar.orgunits.OrgUnits;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * The administrator's account management: list, create, edit, disable, reset password, reset
 * two-factor sign-in.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

  private static final int PAGE_SIZE = 25;

  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final TwoFactor twoFactor;

  AccountController(Accounts accounts, OrgUnits orgUnits, TwoFactor twoFactor) {
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.twoFactor = twoFactor;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", accounts.search(q, role, Math.max(0, page), PAGE_SIZE));
    model.addAttribute("q", q);
    model.addAttribute("role", role);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("orgUnitNames", orgUnitNames());
    return "identity/accounts";
  }

  @GetMapping("/new")
  String newAccount(Model model) {
    return form(new AccountForm(), null, model);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("account") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, null, model);
    }
    try {
      Account created = accounts.create(form.toDraft(), form.getPassword());
      redirect.addFlashAttribute("saved", "account.saved.created");
      return "redirect:/accounts/" + created.id();
    } catch (InvalidAccountException e) {
      errors.rejectValue(e.field(), e.messageKey());
      form.setPassword(null);
      return form(form, null, model);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("account", accounts.get(id));
    model.addAttribute("twoFactor", twoFactor.status(id));
    model.addAttribute("orgUnitNames", orgUnitNames());
    return "identity/account";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    return form(AccountForm.of(accounts.get(id)), id, model);
  }

  @PostMapping("/{id}/edit")
  String update(
      @PathVariable long id,
      @ModelAttribute("account") AccountForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(form, id, model);
    }
    try {
      accounts.update(id, form.getVersion(), form.toDraft(), form.isEnabled());
      redirect.addFlashAttribute("saved", "account.saved.updated");
      return "redirect:/accounts/" + id;
    } catch (InvalidAccountException e) {
      errors.rejectValue(e.field(), e.messageKey());
      return form(form, id, model);
    } catch (OptimisticLockingFailureException e) {
      Account current = accounts.get(id);
      errors.reject("conflict.savedMeanwhile");
      form.setVersion(current.version());
      model.addAttribute("current", current);
      return form(form, id, model);
    }
  }

  @GetMapping("/{id}/disable")
  String confirmDisable(@PathVariable long id, Model model) {
    model.addAttribute("account", accounts.get(id));
    return "identity/account-disable";
  }

  @PostMapping("/{id}/disable")
  String disable(@PathVariable long id, RedirectAttributes redirect) {
    try {
      accounts.setEnabled(id, false);
      redirect.addFlashAttribute("saved", "account.saved.disabled");
    } catch (InvalidAccountException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/accounts/" + id;
  }

  @PostMapping("/{id}/enable")
  String enable(@PathVariable long id, RedirectAttributes redirect) {
    accounts.setEnabled(id, true);
    redirect.addFlashAttribute("saved", "account.saved.enabled");
    return "redirect:/accounts/" + id;
  }

  @GetMapping("/{id}/password")
  String resetForm(@PathVariable long id, Model model) {
    model.addAttribute("account", accounts.get(id));
    return "identity/account-password";
  }

  @PostMapping("/{id}/password")
  String reset(
      @PathVariable long id,
      @RequestParam String password,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.resetPassword(id, password);
      redirect.addFlashAttribute("saved", "account.saved.passwordReset");
      return "redirect:/accounts/" + id;
    } catch (InvalidAccountException e) {
      model.addAttribute("account", accounts.get(id));
      model.addAttribute("problem", e.messageKey());
      return "identity/account-password";
    }
  }

  @GetMapping("/{id}/two-factor/reset")
  String confirmTwoFactorReset(@PathVariable long id, Model model) {
    model.addAttribute("account", accounts.get(id));
    return "identity/account-two-factor-reset";
  }

  @PostMapping("/{id}/two-factor/reset")
  String resetTwoFactor(@PathVariable long id, RedirectAttributes redirect) {
    try {
      accounts.resetTwoFactor(id);
      redirect.addFlashAttribute("saved", "account.saved.twoFactorReset");
    } catch (InvalidAccountException e) {
      redirect.addFlashAttribute("problem", e.messageKey());
    }
    return "redirect:/accounts/" + id;
  }

  private String form(AccountForm form, Long id, Model model) {
    model.addAttribute("account", form);
    model.addAttribute("accountId", id);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("orgUnitTree", orgUnits.tree(orgUnits.currentScope()));
    return "identity/account-form";
  }

  private java.util.Map<Long, String> orgUnitNames() {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    orgUnits.tree(orgUnits.currentScope()).forEach(r -> names.put(r.unit().id(), r.unit().name()));
    return names;
  }
}
