package org.safar.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Starts a CSV download: UTF-8 with a byte-order mark, so spreadsheets read every script. */
final class CsvDownload {

  private CsvDownload() {}

  static Writer open(HttpServletResponse response, String name) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + name + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
    Writer out = response.getWriter();
    out.write('\uFEFF');
    return out;
  }
}
