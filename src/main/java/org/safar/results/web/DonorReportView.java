package org.safar.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.results.Cell;
import org.safar.results.Dimension;
import org.safar.results.DonorReports;
import org.safar.results.Unit;

/**
 * A donor report's figures as the PDF and the XLSX show them: a breakdown by sex goes through
 * small-cell suppression when it holds protected records (a hidden part is null), as on the
 * dashboard; the bar chart is the period's actual of each indicator counted in numbers.
 */
record DonorReportView(DonorReports.Content content, List<Line> lines, List<Bar> bars) {

  /** One indicator's row. */
  record Line(
      String code,
      String title,
      boolean percent,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal actual,
      List<Part> bySex) {}

  /** One sex's value; null when suppressed. */
  record Part(String label, BigDecimal value) {}

  /** One bar of the chart: its label, value text and length in percent of the largest. */
  record Bar(String label, String value, int percent) {}

  static DonorReportView of(
      DonorReports.Content content,
      SmallCellSuppression suppression,
      Labels labels,
      Locale locale) {
    List<Line> lines = new ArrayList<>();
    for (DonorReports.Row r : content.rows()) {
      List<BigDecimal> shown = Disclosed.values(r.bySex(), r.indicator(), suppression);
      List<Part> parts = new ArrayList<>();
      for (int k = 0; k < r.bySex().size(); k++) {
        Cell c = r.bySex().get(k);
        parts.add(new Part(labels.of(Dimension.SEX, c.get(Dimension.SEX), locale), shown.get(k)));
      }
      lines.add(
          new Line(
              r.indicator().code(),
              r.indicator().title(),
              r.indicator().unit() == Unit.PERCENTAGE,
              r.baseline(),
              r.target(),
              r.actual(),
              parts));
    }
    double max = 0;
    for (Line l : lines) {
      if (!l.percent() && l.actual() != null) {
        max = Math.max(max, l.actual().doubleValue());
      }
    }
    List<Bar> bars = new ArrayList<>();
    for (Line l : lines) {
      if (!l.percent() && l.actual() != null) {
        int pct = max <= 0 ? 0 : (int) Math.round(l.actual().doubleValue() / max * 100);
        bars.add(new Bar(l.code() + " " + l.title(), text(l.actual()), pct));
      }
    }
    return new DonorReportView(content, lines, bars);
  }

  static String text(BigDecimal v) {
    return v == null ? "" : v.stripTrailingZeros().toPlainString();
  }
}
