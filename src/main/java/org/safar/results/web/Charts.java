package org.safar.results.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar charts as geometry for an SVG drawn by the template: no script, no style attribute (the
 * Content-Security-Policy forbids inline style), only presentation attributes.
 */
final class Charts {

  private Charts() {}

  static final int WIDTH = 640;
  static final int HEIGHT = 200;
  private static final int LEFT = 8;
  private static final int BOTTOM = 24;
  private static final int TOP = 18;

  /** One bar: where it is, its label under (or beside) it and its value above (or after) it. */
  record Bar(String label, String value, int x, int y, int width, int height) {
    public int labelX() {
      return x + width / 2;
    }
  }

  /** A chart: its size, bars, and the height of the target line (negative: no line). */
  record Chart(int width, int height, List<Bar> bars, int targetY, String title) {
    public boolean hasTarget() {
      return targetY >= 0;
    }

    public int baseline() {
      return height - BOTTOM;
    }
  }

  /** Vertical bars, one per period, with the per-period target as a line. */
  static Chart columns(
      List<String> labels, List<BigDecimal> values, BigDecimal target, String title) {
    double max = target == null ? 0 : target.doubleValue();
    for (BigDecimal v : values) {
      if (v != null) {
        max = Math.max(max, v.doubleValue());
      }
    }
    max = max <= 0 ? 1 : max;
    int n = Math.max(1, labels.size());
    int slot = (WIDTH - LEFT * 2) / n;
    int plot = HEIGHT - BOTTOM - TOP;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      BigDecimal v = values.get(i);
      int h = v == null ? 0 : (int) Math.round(Math.max(0, v.doubleValue()) / max * plot);
      bars.add(
          new Bar(
              labels.get(i),
              v == null ? "–" : v.stripTrailingZeros().toPlainString(),
              LEFT + i * slot + Math.max(1, slot / 8),
              HEIGHT - BOTTOM - h,
              Math.max(2, slot - Math.max(2, slot / 4)),
              h));
    }
    int targetY =
        target == null ? -1 : (int) Math.round(HEIGHT - BOTTOM - target.doubleValue() / max * plot);
    return new Chart(WIDTH, HEIGHT, bars, targetY, title);
  }

  /** Horizontal bars, one per category: x and width are the bar, y its row. */
  static Chart rows(List<String> labels, List<BigDecimal> values, String title) {
    double max = 0;
    for (BigDecimal v : values) {
      if (v != null) {
        max = Math.max(max, v.doubleValue());
      }
    }
    max = max <= 0 ? 1 : max;
    int rowHeight = 24;
    int labelWidth = 200;
    int plot = WIDTH - labelWidth - 80;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      BigDecimal v = values.get(i);
      int w = v == null ? 0 : (int) Math.round(Math.max(0, v.doubleValue()) / max * plot);
      bars.add(
          new Bar(
              labels.get(i),
              v == null ? "–" : v.stripTrailingZeros().toPlainString(),
              labelWidth,
              i * rowHeight + 4,
              w,
              rowHeight - 8));
    }
    return new Chart(WIDTH, Math.max(rowHeight, labels.size() * rowHeight + 8), bars, -1, title);
  }
}
