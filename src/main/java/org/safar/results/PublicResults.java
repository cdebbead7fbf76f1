package org.safar.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.safar.disclosure.CountTable;
import org.safar.disclosure.PublishedCount;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.disclosure.SuppressedTable;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's results as the public may see them: every count goes through {@link
 * SmallCellSuppression} (1 to 4 hidden, and whatever would give a hidden one away) before it leaves
 * this class, so nothing unsuppressed can reach the page. Counts are shown by year and sex; a share
 * only when its part and the rest both survive suppression.
 */
@Service
public class PublicResults {

  private static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
  private static final String ALL = "ALL";

  private final Portfolio portfolio;
  private final ResultsFrameworks frameworks;
  private final Indicators indicators;
  private final SmallCellSuppression suppression;

  PublicResults(
      Portfolio portfolio,
      ResultsFrameworks frameworks,
      Indicators indicators,
      SmallCellSuppression suppression) {
    this.portfolio = portfolio;
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.suppression = suppression;
  }

  /** The programme's public figures, or empty when there is no such programme. */
  @Transactional(readOnly = true)
  public Optional<PublicProgramme> programme(String code) {
    Optional<Programme> found =
        portfolio.findByCode(code).filter(p -> p.level() == PortfolioLevel.PROGRAMME);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<PublicIndicator> out = new ArrayList<>();
    for (ResultsFramework f : frameworks.publicFrameworks(found.get().id())) {
      for (Indicator i : frameworks.indicatorsOf(f.id())) {
        if (!Indicators.MANUAL.equals(i.source())) {
          out.add(figure(i, f));
        }
      }
    }
    return Optional.of(new PublicProgramme(found.get(), out));
  }

  private PublicIndicator figure(Indicator i, ResultsFramework f) {
    IndicatorSource source = frameworks.source(i.source());
    if (i.isShare()) {
      Cell total = indicators.compute(i, f, IndicatorQuery.total()).total().orElse(null);
      return new PublicIndicator(i, null, share(i, total), null);
    }
    boolean bySex = source.supports(Dimension.SEX);
    IndicatorValues values =
        indicators.compute(
            i,
            f,
            bySex
                ? IndicatorQuery.by(Dimension.YEAR, Dimension.SEX)
                : IndicatorQuery.by(Dimension.YEAR));
    if (i.measure() == Measure.SUM) {
      return sums(i, f, values, bySex);
    }
    TreeSet<String> years = new TreeSet<>();
    values.by(Dimension.YEAR).forEach(c -> years.add(c.get(Dimension.YEAR)));
    if (years.isEmpty()) {
      return new PublicIndicator(i, null, null, null);
    }
    List<String> rows = List.copyOf(years);
    List<String> columns = bySex ? SEXES : List.of(ALL);
    int[][] counts = new int[rows.size()][columns.size()];
    List<Cell> cells = bySex ? values.by(Dimension.YEAR, Dimension.SEX) : values.by(Dimension.YEAR);
    for (Cell c : cells) {
      int row = rows.indexOf(c.get(Dimension.YEAR));
      int column = bySex ? columns.indexOf(c.get(Dimension.SEX)) : 0;
      if (row >= 0 && column >= 0) {
        counts[row][column] = c.value().setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
      }
    }
    SuppressedTable<String, String> table =
        suppression.suppress(CountTable.of(rows, columns, counts));
    return new PublicIndicator(i, table, null, null);
  }

  /**
   * A sum (knowledge gain in points) keeps its decimals; a sum is shown only where the count of the
   * records behind it survives small-cell suppression, so a sum over 1 to 4 records is hidden like
   * a count of them, and so is any sum that would give a hidden one away. The engine's sum cells
   * carry no count, so the records are counted by the same definition measured as a COUNT: the
   * records the filters select (for head-count rows, the people they stand for), which may be more
   * than those with a number to add (a participant without both scores counts, adds nothing).
   */
  private PublicIndicator sums(
      Indicator i, ResultsFramework f, IndicatorValues values, boolean bySex) {
    Indicator counted =
        new Indicator(
            i.id(),
            i.frameworkId(),
            i.resultId(),
            i.code(),
            i.title(),
            i.source(),
            Measure.COUNT,
            Unit.NUMBER,
            i.ascending(),
            i.filters(),
            i.part(),
            i.before(),
            i.after(),
            false,
            i.dimensions(),
            i.baselineValue(),
            i.baselineOn(),
            i.version());
    IndicatorQuery query =
        bySex
            ? IndicatorQuery.by(Dimension.YEAR, Dimension.SEX)
            : IndicatorQuery.by(Dimension.YEAR);
    IndicatorValues counts = indicators.compute(counted, f, query);
    TreeSet<String> years = new TreeSet<>();
    values.by(Dimension.YEAR).forEach(c -> years.add(c.get(Dimension.YEAR)));
    counts.by(Dimension.YEAR).forEach(c -> years.add(c.get(Dimension.YEAR)));
    if (years.isEmpty()) {
      return new PublicIndicator(i, null, null, null);
    }
    List<String> rows = List.copyOf(years);
    List<String> columns = bySex ? SEXES : List.of(ALL);
    int[][] n = new int[rows.size()][columns.size()];
    BigDecimal[][] sums = new BigDecimal[rows.size()][columns.size()];
    for (BigDecimal[] row : sums) {
      java.util.Arrays.fill(row, BigDecimal.ZERO);
    }
    place(bySex, counts, rows, columns, (r, c, v) -> n[r][c] = v.intValueExact());
    place(bySex, values, rows, columns, (r, c, v) -> sums[r][c] = v);
    SuppressedTable<String, String> t = suppression.suppress(CountTable.of(rows, columns, n));
    return new PublicIndicator(i, null, null, PublicSums.of(t, sums));
  }

  private interface Place {
    void at(int row, int column, BigDecimal value);
  }

  private static void place(
      boolean bySex, IndicatorValues v, List<String> rows, List<String> columns, Place place) {
    for (Cell c : bySex ? v.by(Dimension.YEAR, Dimension.SEX) : v.by(Dimension.YEAR)) {
      int row = rows.indexOf(c.get(Dimension.YEAR));
      int column = bySex ? columns.indexOf(c.get(Dimension.SEX)) : 0;
      if (row >= 0 && column >= 0 && c.value() != null) {
        place.at(row, column, c.value());
      }
    }
  }

  /** A share is shown only when the part and the rest both survive suppression. */
  private PublicShare share(Indicator i, Cell total) {
    if (total == null || total.denominator() == null || total.denominator() == 0) {
      return new PublicShare(null, false);
    }
    if (i.measure() == Measure.CHANGE) {
      boolean shown =
          shown(total.numerator(), total.denominator())
              && shown(total.beforeNumerator(), total.beforeDenominator());
      return new PublicShare(shown ? total.value() : null, !shown);
    }
    boolean shown = shown(total.numerator(), total.denominator());
    return new PublicShare(shown ? total.value() : null, !shown);
  }

  private boolean shown(Long part, Long whole) {
    if (whole == null || whole == 0) {
      return false;
    }
    SuppressedTable<String, String> t =
        suppression.suppress(
            CountTable.oneWay(
                "records",
                List.of("part", "rest"),
                Math.toIntExact(part),
                Math.toIntExact(whole - part)));
    return t.cell(0, 0).isShown() && t.cell(0, 1).isShown();
  }

  /** An indicator's public figure: a suppressed year-by-sex table, or a share (null: hidden). */
  public record PublicIndicator(
      Indicator indicator,
      SuppressedTable<String, String> table,
      PublicShare share,
      PublicSums sums) {

    public boolean hasData() {
      return table != null
          || sums != null
          || (share != null && (share.value() != null || share.hidden()));
    }

    public static String text(PublishedCount c) {
      return c instanceof PublishedCount.Shown s ? Integer.toString(s.value()) : null;
    }
  }

  public record PublicShare(BigDecimal value, boolean hidden) {}

  /**
   * A year-by-sex table of sums with their decimals, as text; null where hidden (the count of its
   * records was suppressed). Totals are the sums of their cells.
   */
  public record PublicSums(
      List<String> rows,
      List<String> columns,
      List<List<String>> cells,
      List<String> rowTotals,
      List<String> columnTotals,
      String grandTotal) {

    static PublicSums of(SuppressedTable<String, String> t, BigDecimal[][] sums) {
      List<List<String>> cells = new ArrayList<>();
      List<String> rowTotals = new ArrayList<>();
      BigDecimal[] columnSums = new BigDecimal[t.columnCount()];
      java.util.Arrays.fill(columnSums, BigDecimal.ZERO);
      BigDecimal grand = BigDecimal.ZERO;
      for (int r = 0; r < t.rowCount(); r++) {
        List<String> row = new ArrayList<>();
        BigDecimal rowSum = BigDecimal.ZERO;
        for (int c = 0; c < t.columnCount(); c++) {
          row.add(text(t.cell(r, c), sums[r][c]));
          rowSum = rowSum.add(sums[r][c]);
          columnSums[c] = columnSums[c].add(sums[r][c]);
        }
        cells.add(java.util.Collections.unmodifiableList(row));
        rowTotals.add(text(t.rowTotal(r), rowSum));
        grand = grand.add(rowSum);
      }
      List<String> columnTotals = new ArrayList<>();
      for (int c = 0; c < t.columnCount(); c++) {
        columnTotals.add(text(t.columnTotal(c), columnSums[c]));
      }
      return new PublicSums(
          t.rows(),
          t.columns(),
          java.util.Collections.unmodifiableList(cells),
          java.util.Collections.unmodifiableList(rowTotals),
          java.util.Collections.unmodifiableList(columnTotals),
          text(t.grandTotal(), grand));
    }

    private static String text(PublishedCount count, BigDecimal sum) {
      return count.isShown() ? sum.stripTrailingZeros().toPlainString() : null;
    }
  }

  public record PublicProgramme(Programme programme, List<PublicIndicator> indicators) {}
}
