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
      return new PublicIndicator(i, null, share(i, total));
    }
    boolean bySex = source.supports(Dimension.SEX);
    IndicatorValues values =
        indicators.compute(
            i,
            f,
            bySex
                ? IndicatorQuery.by(Dimension.YEAR, Dimension.SEX)
                : IndicatorQuery.by(Dimension.YEAR));
    TreeSet<String> years = new TreeSet<>();
    values.by(Dimension.YEAR).forEach(c -> years.add(c.get(Dimension.YEAR)));
    if (years.isEmpty()) {
      return new PublicIndicator(i, null, null);
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
    return new PublicIndicator(i, table, null);
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
      Indicator indicator, SuppressedTable<String, String> table, PublicShare share) {

    public boolean hasData() {
      return table != null || (share != null && (share.value() != null || share.hidden()));
    }

    public static String text(PublishedCount c) {
      return c instanceof PublishedCount.Shown s ? Integer.toString(s.value()) : null;
    }
  }

  public record PublicShare(BigDecimal value, boolean hidden) {}

  public record PublicProgramme(Programme programme, List<PublicIndicator> indicators) {}
}
