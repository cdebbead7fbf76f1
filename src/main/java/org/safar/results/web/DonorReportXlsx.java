package org.safar.results.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.safar.results.DonorReport;
import org.safar.results.DonorReports;
import org.safar.results.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Donor reports and key achievements as XLSX (fastexcel): text as text, figures as numbers, so a
 * donor's spreadsheet can add them up. Headings in the reader's language.
 */
@Component
class DonorReportXlsx {

  private final MessageSource messages;

  DonorReportXlsx(MessageSource messages) {
    this.messages = messages;
  }

  byte[] report(DonorReportView view, Locale locale) {
    return write(
        wb -> {
          DonorReport r = view.content().report();
          var project = view.content().project();
          Worksheet n = wb.newWorksheet(text("results.report.sheet.narrative", locale));
          n.width(0, 24);
          n.width(1, 100);
          int row = 0;
          row = fact(n, row, text("results.project", locale), project.project().title());
          if (project.parent() != null) {
            row = fact(n, row, text("results.report.programme", locale), project.parent().title());
          }
          n.value(row, 0, text("results.report.periodStart", locale));
          n.value(row, 1, r.periodStart());
          n.style(row, 1).format("yyyy-mm-dd").set();
          row++;
          n.value(row, 0, text("results.report.periodEnd", locale));
          n.value(row, 1, r.periodEnd());
          n.style(row, 1).format("yyyy-mm-dd").set();
          row++;
          row = fact(n, row, text("results.report.summary", locale), r.summary());
          row = fact(n, row, text("results.report.achievements", locale), r.achievements());
          row = fact(n, row, text("results.report.challenges", locale), r.challenges());
          fact(n, row, text("results.report.nextSteps", locale), r.nextSteps());

          Worksheet s = wb.newWorksheet(text("results.report.sheet.indicators", locale));
          String[] heads = {
            "results.code",
            "results.indicator",
            "results.report.breakdown",
            "results.report.unit",
            "results.baseline",
            "results.target",
            "results.actual"
          };
          for (int c = 0; c < heads.length; c++) {
            s.value(0, c, text(heads[c], locale));
          }
          s.range(0, 0, 0, heads.length - 1).style().bold().set();
          s.width(1, 50);
          int k = 1;
          for (DonorReportView.Line l : view.lines()) {
            String unit =
                text(l.percent() ? Unit.PERCENTAGE.messageKey() : Unit.NUMBER.messageKey(), locale);
            s.value(k, 0, l.code());
            s.value(k, 1, l.title());
            s.value(k, 3, unit);
            number(s, k, 4, l.baseline());
            number(s, k, 5, l.target());
            number(s, k, 6, l.actual());
            k++;
            for (DonorReportView.Part p : l.bySex()) {
              s.value(k, 0, l.code());
              s.value(k, 1, l.title());
              s.value(k, 2, p.label());
              s.value(k, 3, unit);
              if (p.value() == null) {
                s.value(k, 6, text("results.report.hidden", locale));
              } else {
                number(s, k, 6, p.value());
              }
              k++;
            }
          }
        });
  }

  byte[] achievements(
      String programme, int year, List<DonorReports.Achievement> all, Locale locale) {
    return write(
        wb -> {
          Worksheet s = wb.newWorksheet(text("results.achievements.sheet", locale));
          s.value(0, 0, programme);
          s.style(0, 0).bold().set();
          s.value(1, 0, text("results.indicator", locale));
          s.value(1, 1, text("results.achievements.projects", locale));
          s.value(
              1, 2, text("results.achievements.year", new Object[] {String.valueOf(year)}, locale));
          s.value(1, 3, text("results.achievements.allTime", locale));
          s.range(1, 0, 1, 3).style().bold().set();
          s.width(0, 60);
          int row = 2;
          for (DonorReports.Achievement a : all) {
            s.value(row, 0, a.title());
            s.value(row, 1, a.projects());
            number(s, row, 2, a.thisYear());
            number(s, row, 3, a.allTime());
            row++;
          }
        });
  }

  private static int fact(Worksheet s, int row, String label, String value) {
    s.value(row, 0, label);
    if (value != null) {
      s.value(row, 1, value);
      s.style(row, 1).wrapText(true).set();
    }
    return row + 1;
  }

  private static void number(Worksheet s, int row, int col, BigDecimal v) {
    if (v != null) {
      s.value(row, col, v);
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String text(String key, Object[] args, Locale locale) {
    return messages.getMessage(key, args, locale);
  }

  private interface Sheets {
    void fill(Workbook wb) throws IOException;
  }

  private static byte[] write(Sheets sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      Workbook wb = new Workbook(out, "Safar", "1.0");
      sheets.fill(wb);
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("The spreadsheet could not be written", e);
    }
    return out.toByteArray();
  }
}
