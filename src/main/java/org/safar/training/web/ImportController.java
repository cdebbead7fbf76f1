package org.safar.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.shell.InvalidInputException;
import org.safar.shell.SpreadsheetSafe;
import org.safar.training.ImportJob;
import org.safar.training.ImportProblem;
import org.safar.training.ParticipantImports;
import org.safar.training.Trainings;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing participants from a file: the upload form, the progress page (htmx polls a fragment of
 * it; without JavaScript the page reloads itself through a Refresh header), and the error report
 * when rows were wrong.
 */
@Controller
@PreAuthorize(TrainingRoles.EDIT)
class ImportController {

  private final Trainings trainings;
  private final ParticipantImports imports;
  private final MessageSource messages;

  ImportController(Trainings trainings, ParticipantImports imports, MessageSource messages) {
    this.trainings = trainings;
    this.imports = imports;
    this.messages = messages;
  }

  @GetMapping("/trainings/{id}/participants/import")
  String form(@PathVariable long id, Model model) {
    model.addAttribute("t", trainings.get(id));
    return "training/import";
  }

  @PostMapping("/trainings/{id}/participants/import")
  String upload(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model)
      throws IOException {
    if (file == null || file.isEmpty()) {
      model.addAttribute("t", trainings.get(id));
      model.addAttribute("problem", "training.import.error.noFile");
      return "training/import";
    }
    try {
      ImportJob job = imports.start(id, name(file), file.getBytes());
      return "redirect:/trainings/imports/" + job.id();
    } catch (InvalidInputException e) {
      model.addAttribute("t", trainings.get(id));
      model.addAttribute("problem", e.messageKey());
      return "training/import";
    }
  }

  @GetMapping("/trainings/imports/{job}")
  String progress(
      @PathVariable String job,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletResponse response) {
    ImportJob j = imports.job(job);
    model.addAttribute("job", j);
    model.addAttribute("t", trainings.get(j.trainingId()));
    if (!j.finished() && htmx == null) {
      // without JavaScript the page reloads itself; with it, htmx swaps in the fragment
      response.setHeader("Refresh", "2");
    }
    return htmx == null ? "training/import-progress" : "training/import-progress :: status";
  }

  /** The report of the rows that were wrong: row, column, reason (in the reader's language). */
  @GetMapping("/trainings/imports/{job}/problems.csv")
  void problems(@PathVariable String job, Locale locale, HttpServletResponse response)
      throws IOException {
    ImportJob j = imports.job(job);
    Writer out = TrainingController.csv(response, "import-problems");
    CSVPrinter csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                messages.getMessage("training.import.report.row", null, locale),
                messages.getMessage("training.import.report.column", null, locale),
                messages.getMessage("training.import.report.reason", null, locale),
                messages.getMessage("training.import.report.value", null, locale))
            .get()
            .print(out);
    for (ImportProblem p : j.problems()) {
      csv.printRecord(
          p.row(),
          p.column(),
          messages.getMessage(p.messageKey(), p.args().toArray(), locale),
          SpreadsheetSafe.cell(p.value()));
    }
    csv.flush();
  }

  private static String name(MultipartFile file) {
    String n = file.getOriginalFilename();
    if (n == null || n.isBlank()) {
      return "upload";
    }
    n = n.replaceAll("[\\r\\n\\t]", " ").strip();
    return n.length() > 120 ? n.substring(0, 120) : n;
  }
}
