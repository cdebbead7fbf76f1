package org.safar.identity.web;

import org.safar.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail, for administrators (who the security rules let in here). */
@Controller
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/audit")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("result", audit.recent(q, Math.max(0, page), 50));
    model.addAttribute("q", q);
    return "identity/audit";
  }
}
