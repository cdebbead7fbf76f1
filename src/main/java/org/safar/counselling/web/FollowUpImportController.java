package org.safar.counselling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.counselling.FollowUpImportError;
import org.safar.counselling.FollowUpImportPreview;
import org.safar.counselling.FollowUpImports;
import org.safar.counselling.Intention;
import org.safar.shell.InvalidInputException;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing follow-up surveys exported from KoboToolbox or ODK Central: the upload page with the
 * expected format and a template, the preview, the confirmation, and the errors as CSV.
 */
@Controller
@RequestMapping("/counselling/follow-ups/import")
@PreAuthorize(DeskRoles.DESK)
class FollowUpImportController {

  /** The largest survey file taken (20,000 submissions are far smaller). */
  static final long MAX_FILE = 5L * 1024 * 1024;

  private final FollowUpImports imports;
  private final MessageSource messages;

  FollowUpImportController(FollowUpImports imports, MessageSource messages) {
    this.imports = imports;
    this.messages = messages;
  }

  @GetMapping
  String form(Model model) {
    model.addAttribute("intentions", Intention.values());
    return "counselling/follow-up-import";
  }

  @PostMapping
  String upload(@RequestParam(required = false) MultipartFile file, Model model)
      throws IOException {
    if (file != null && file.getSize() > MAX_FILE) {
      return refused("followUpImport.error.fileTooLarge", null, model);
    }
    try {
      UUID id =
          imports.upload(
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getBytes());
      return "redirect:/counselling/follow-ups/import/" + id;
    } catch (FollowUpImports.RefusedFile e) {
      return refused(e.messageKey(), e.value(), model);
    } catch (InvalidInputException e) {
      return refused(e.messageKey(), null, model);
    }
  }

  private String refused(String key, String value, Model model) {
    model.addAttribute("refusal", key);
    model.addAttribute("refusalValue", value);
    return form(model);
  }

  @GetMapping(value = "/template.csv")
  @ResponseBody
  ResponseEntity<byte[]> template() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"follow-up-survey-template.csv\"")
        .body(FollowUpImports.TEMPLATE.getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/{id}")
  String preview(@PathVariable UUID id, Model model) {
    model.addAttribute("preview", imports.preview(id));
    return "counselling/follow-up-import-preview";
  }

  @PostMapping("/{id}")
  String confirm(
      @PathVariable UUID id,
      @RequestParam int close,
      @RequestParam int create,
      @RequestParam int skipped,
      Model model,
      RedirectAttributes redirect) {
    String problem;
    try {
      FollowUpImportPreview done = imports.confirm(id, close, create, skipped);
      // the session keeps flash attributes serialised: plain numbers, not the record
      redirect.addFlashAttribute(
          "imported", new int[] {done.toClose(), done.toCreate(), done.alreadyImported()});
      return "redirect:/counselling/follow-ups/import";
    } catch (InvalidInputException e) {
      problem = e.messageKey();
    } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
      problem = "followUpImport.error.changedMeanwhile";
    }
    model.addAttribute("preview", imports.preview(id));
    model.addAttribute("problem", problem);
    return "counselling/follow-up-import-preview";
  }

  /** The errors of a refused file, one line per reason, in the reader's language. */
  @GetMapping("/{id}/errors.csv")
  void errors(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    FollowUpImportPreview preview = imports.preview(id);
    Writer out = CsvDownload.open(response, "follow-up-survey-errors");
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(
          message("followUpImport.row", locale),
          message("followUpImport.column", locale),
          message("followUpImport.value", locale),
          message("followUpImport.reason", locale));
      for (FollowUpImportError e : preview.errors()) {
        csv.printRecord(
            e.row(),
            SpreadsheetSafe.cell(e.column() == null ? "" : e.column()),
            SpreadsheetSafe.cell(e.value() == null ? "" : e.value()),
            SpreadsheetSafe.cell(
                messages.getMessage(e.messageKey(), new Object[] {e.value()}, locale)));
      }
    }
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
