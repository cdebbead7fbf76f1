package org.safar.agencies.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.agencies.AgencyImports;
import org.safar.agencies.ImportPreview;
import org.safar.agencies.InvalidAgencyInputException;
import org.safar.agencies.RowError;
import org.safar.orgunits.Countries;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing a country's official list: upload, preview, confirm; or download the errors. */
@Controller
@RequestMapping("/agencies/import")
@PreAuthorize(
    "hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR', 'PROGRAMME_MANAGER', 'MRC_COORDINATOR')")
class AgencyImportController {

  /** The largest list file taken (a list of 50,000 agencies is far smaller). */
  static final long MAX_FILE = 5L * 1024 * 1024;

  private final AgencyImports imports;
  private final MessageSource messages;

  AgencyImportController(AgencyImports imports, MessageSource messages) {
    this.imports = imports;
    this.messages = messages;
  }

  @GetMapping
  String form(Locale locale, Model model) {
    return form(null, null, null, null, locale, model);
  }

  @PostMapping
  String upload(
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate listDate,
      @RequestParam(required = false) MultipartFile file,
      Locale locale,
      Model model)
      throws IOException {
    if (file != null && file.getSize() > MAX_FILE) {
      return form(country, source, listDate, "agency.import.error.fileTooLarge", locale, model);
    }
    try {
      UUID id =
          imports.upload(
              country,
              source,
              listDate,
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getBytes());
      return "redirect:/agencies/import/" + id;
    } catch (InvalidAgencyInputException e) {
      return form(country, source, listDate, e.messageKey(), locale, model);
    }
  }

  private String form(
      String country,
      String source,
      LocalDate listDate,
      String problem,
      Locale locale,
      Model model) {
    model.addAttribute(
        "countries",
        imports.countries().stream()
            .map(c -> new String[] {c, Countries.name(c, locale)})
            .toList());
    model.addAttribute("country", country);
    model.addAttribute("source", source);
    model.addAttribute("listDate", listDate);
    model.addAttribute("problem", problem);
    return "agencies/import";
  }

  @GetMapping("/{id}")
  String preview(@PathVariable UUID id, Model model) {
    model.addAttribute("preview", imports.preview(id));
    return "agencies/import-preview";
  }

  @PostMapping("/{id}")
  String apply(
      @PathVariable UUID id,
      @RequestParam int added,
      @RequestParam int changed,
      @RequestParam int removed,
      Model model,
      RedirectAttributes redirect) {
    try {
      imports.apply(id, added, changed, removed);
    } catch (InvalidAgencyInputException e) {
      model.addAttribute("preview", imports.preview(id));
      model.addAttribute("problem", e.messageKey());
      return "agencies/import-preview";
    }
    redirect.addFlashAttribute("saved", "agency.import.applied");
    return "redirect:/agencies";
  }

  /** The errors of a refused list, one line per reason, in the reader's language. */
  @GetMapping("/{id}/errors.csv")
  void errors(@PathVariable UUID id, Locale locale, HttpServletResponse response)
      throws IOException {
    ImportPreview preview = imports.preview(id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"agency-list-errors.csv\"");
    Writer out = response.getWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      csv.printRecord(
          message("agency.import.row", locale),
          message("agency.import.column", locale),
          message("agency.import.reason", locale));
      for (RowError e : preview.errors()) {
        csv.printRecord(
            e.row(),
            SpreadsheetSafe.cell(e.column() == null ? "" : e.column()),
            SpreadsheetSafe.cell(
                messages.getMessage(e.messageKey(), new Object[] {e.first(), e.second()}, locale)));
      }
    }
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
