package org.safar.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, for administrators and data-protection officers (whom the security rules let in
 * here): searched on screen, or exported whole as CSV, which is itself recorded.
 */
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

  @GetMapping("/audit/export.csv")
  void export(@RequestParam(required = false) String q, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    Writer out = response.getWriter();
    out.write('\uFEFF');
    CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader("occurred_at", "actor", "action", "subject_type", "subject_id", "details")
            .get()
            .print(out);
    long[] rows = {0};
    boolean complete = false;
    try {
      audit.export(
          q,
          e -> {
            try {
              csv.printRecord(
                  e.occurredAt().toString(),
                  e.actor(),
                  e.action(),
                  e.subjectType(),
                  e.subjectId(),
                  SpreadsheetSafe.cell(e.details()));
              rows[0]++;
            } catch (IOException io) {
              throw new UncheckedIOException(io);
            }
          });
      csv.flush();
      complete = true;
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          "audit_event",
          null,
          rows[0] + " entries; search=" + (q == null ? "" : q) + (complete ? "" : "; broken off"));
    }
  }
}
