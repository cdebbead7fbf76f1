package org.safar.results.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.safar.results.IndicatorRecords;
import org.safar.results.InvalidIndicatorException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records behind an indicator as CSV ({@link IndicatorRecords}): for whoever may see the
 * indicator's values, with the same day and filter parameters as the indicator API. The number of
 * rows left out because they are about protected cases is in the {@code X-Safar-Withheld} header.
 * Not compressed (text/csv is not among {@code server.compression.mime-types}).
 */
@Controller
@PreAuthorize(ResultsRoles.READ)
class IndicatorRecordsController {

  static final String WITHHELD = "X-Safar-Withheld";

  /** Bytes the container gathers before a write to the socket. */
  private static final int BUFFER = 1 << 16;

  private final IndicatorRecords records;
  private final MessageSource messages;

  IndicatorRecordsController(IndicatorRecords records, MessageSource messages) {
    this.records = records;
    this.messages = messages;
  }

  @GetMapping("/results/indicators/{id}/records.csv")
  void records(
      @PathVariable long id,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam Map<String, String> all,
      HttpServletResponse response) {
    records.export(
        id,
        IndicatorApiController.query(from, to, null, all),
        p -> {
          response.setBufferSize(BUFFER);
          response.setContentType("text/csv;charset=UTF-8");
          response.setHeader(WITHHELD, Long.toString(p.withheld()));
          String code = p.indicator().code().replaceAll("[^A-Za-z0-9_-]", "_");
          response.setHeader(
              "Content-Disposition",
              "attachment; filename=\"indicator-"
                  + code
                  + "-records-"
                  + p.from()
                  + "-"
                  + p.to()
                  + ".csv\"");
          // unbuffered here: the CSV writer gathers 64 KiB before it writes
          Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
          // a byte-order mark, so spreadsheets read the file as UTF-8 (as the desk's exports do)
          out.write('\uFEFF');
          return out;
        });
  }

  /** A filter the records cannot take, or an indicator entered by hand: said in plain text. */
  @ExceptionHandler(InvalidIndicatorException.class)
  ResponseEntity<String> invalid(InvalidIndicatorException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .body(messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
  }
}
