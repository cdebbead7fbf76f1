package org.safar.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.safar.identity.Accounts;
import org.safar.identity.InvalidAccountException;
import org.safar.identity.StaffPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person changes their own password (and must, after an administrator's reset). */
@Controller
class PasswordController {

  private final Accounts accounts;
  private final SecurityContextRepository contexts;

  PasswordController(Accounts accounts, SecurityContextRepository contexts) {
    this.accounts = accounts;
    this.contexts = contexts;
  }

  @GetMapping("/profile/password")
  String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
    model.addAttribute("required", me.mustChangePassword());
    return "identity/password";
  }

  @PostMapping("/profile/password")
  String change(
      @AuthenticationPrincipal StaffPrincipal me,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      @RequestParam String repeatPassword,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    model.addAttribute("required", me.mustChangePassword());
    if (!newPassword.equals(repeatPassword)) {
      model.addAttribute("problem", "account.error.passwordRepeat");
      return "identity/password";
    }
    try {
      accounts.changeOwnPassword(me.accountId(), currentPassword, newPassword);
    } catch (InvalidAccountException e) {
      model.addAttribute("problem", e.messageKey());
      return "identity/password";
    }
    StaffPrincipal fresh = accounts.reload(me.accountId());
    fresh.eraseCredentials();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    redirect.addFlashAttribute("saved", "account.saved.ownPassword");
    return "redirect:/";
  }
}
