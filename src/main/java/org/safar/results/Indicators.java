package org.safar.results;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator values, computed from the records when asked: a record saved is counted by the next
 * call, with nothing to rebuild. The public face for dashboards, the API and donor reports.
 */
@Service
public class Indicators {

  /** The source of an indicator whose values are entered by hand, per period. */
  public static final String MANUAL = "MANUAL";

  private final ResultsFrameworks frameworks;
  private final IndicatorRepository indicators;
  private final JdbcClient jdbc;
  private final MonthlyCells monthlyCells;
  private final PersonSets personSets;

  Indicators(
      ResultsFrameworks frameworks,
      IndicatorRepository indicators,
      JdbcClient jdbc,
      MonthlyCells monthlyCells,
      PersonSets personSets) {
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.jdbc = jdbc;
    this.monthlyCells = monthlyCells;
    this.personSets = personSets;
  }

  /**
   * The indicator's cells over the query, for a signed-in person who may see its project (403 and
   * audited otherwise). Unsupported dimensions or filters are an {@link InvalidIndicatorException}
   * that says which.
   */
  @Transactional(readOnly = true)
  public IndicatorValues values(long indicatorId, IndicatorQuery query) {
    Indicator indicator = frameworks.indicator(indicatorId);
    ResultsFramework framework = frameworks.frameworkInScope(indicator.frameworkId());
    return compute(indicator, framework, query);
  }

  /** Without an access check: for the public view, whose figures are suppressed before leaving. */
  IndicatorValues compute(Indicator indicator, ResultsFramework framework, IndicatorQuery query) {
    LocalDate from = later(query.from(), framework.startsOn());
    LocalDate to = earlier(query.to(), framework.endsOn());
    if (MANUAL.equals(indicator.source())) {
      return manual(indicator, from, to, query);
    }
    IndicatorSource source = frameworks.source(indicator.source());
    if (from.isAfter(to)) {
      IndicatorSql.check(source, indicator, query.by(), query.filters());
      return new IndicatorValues(indicator, from, to, query.by(), List.of());
    }
    IndicatorSql.check(source, indicator, query.by(), query.filters());
    if (personSets.canServe(source, indicator, query.by(), query.filters())) {
      try {
        List<Cell> cells =
            personSets.values(
                indicator, from, to, query.by(), query.filters(), frameworks.units(framework));
        return new IndicatorValues(indicator, from, to, query.by(), cells);
      } catch (PersonSets.NotServed e) {
        // a client id beyond what the bitmaps hold: the records answer
      }
    }
    roomToAddUp();
    IndicatorSql.Statement statement =
        IndicatorSql.build(
            source,
            monthlyCells.relation(source, List.of(indicator), from, to, query.filters()),
            indicator,
            from,
            to,
            query.by(),
            query.filters(),
            frameworks.units(framework));
    List<Cell> cells =
        jdbc.sql(statement.sql())
            .params(statement.params())
            .query((rs, n) -> cell(rs, indicator, query.by(), 0))
            .list();
    return new IndicatorValues(indicator, from, to, query.by(), cells);
  }

  /**
   * Every indicator of a framework over one query (a project's full report): one statement per kind
   * of record, so indicators over the same records share one scan. In the framework's order.
   */
  @Transactional(readOnly = true)
  public List<IndicatorValues> report(long frameworkId, IndicatorQuery query) {
    ResultsFramework framework = frameworks.frameworkInScope(frameworkId);
    List<Indicator> all = frameworks.indicatorsOf(frameworkId);
    LocalDate from = later(query.from(), framework.startsOn());
    LocalDate to = earlier(query.to(), framework.endsOn());
    Map<Long, IndicatorValues> done = new java.util.HashMap<>();
    // one statement per kind of record, and apart those monthly cells can give from the others
    Map<String, List<Indicator>> bySource = new java.util.LinkedHashMap<>();
    for (Indicator i : all) {
      if (MANUAL.equals(i.source())
          || from.isAfter(to)
          || personSets.canServe(frameworks.source(i.source()), i, query.by(), query.filters())) {
        done.put(i.id(), compute(i, framework, query));
      } else {
        IndicatorSource source = frameworks.source(i.source());
        String key =
            i.source() + (monthlyCells.canServe(source, i, query.filters()) ? "" : " records");
        bySource.computeIfAbsent(key, s -> new ArrayList<>()).add(i);
      }
    }
    Long[] units = frameworks.units(framework);
    roomToAddUp();
    bySource.forEach(
        (key, group) -> {
          IndicatorSource source = frameworks.source(group.get(0).source());
          group.forEach(i -> IndicatorSql.check(source, i, query.by(), query.filters()));
          IndicatorSql.Statement statement =
              IndicatorSql.buildMany(
                  source,
                  monthlyCells.relation(source, group, from, to, query.filters()),
                  group,
                  from,
                  to,
                  query.by(),
                  query.filters(),
                  units);
          List<List<Cell>> cells = new ArrayList<>();
          group.forEach(i -> cells.add(new ArrayList<>()));
          jdbc.sql(statement.sql())
              .params(statement.params())
              .query(
                  rs -> {
                    for (int k = 0; k < group.size(); k++) {
                      // a part none of this indicator's own records fall in does not exist for it
                      Cell c = cell(rs, group.get(k), query.by(), 6 * k);
                      if (c.isTotal() || rs.getLong("v" + (6 * k + 4)) > 0) {
                        cells.get(k).add(c);
                      }
                    }
                  });
          for (int k = 0; k < group.size(); k++) {
            Indicator i = group.get(k);
            done.put(i.id(), new IndicatorValues(i, from, to, query.by(), cells.get(k)));
          }
        });
    return all.stream().map(i -> done.get(i.id())).toList();
  }

  /**
   * Lets the grouping of tens of thousands of cells hash in memory rather than sort on disk (the
   * default 4 MB spills): for this transaction only, and a no-op outside one.
   */
  private void roomToAddUp() {
    jdbc.sql("select set_config('work_mem', '32MB', true)").query(String.class).single();
  }

  private static Cell cell(ResultSet rs, Indicator indicator, List<Dimension> by, int offset)
      throws SQLException {
    int grouping = rs.getInt("g");
    Map<Dimension, String> key = new EnumMap<>(Dimension.class);
    for (int i = 0; i < by.size(); i++) {
      boolean summedOver = ((grouping >> (by.size() - 1 - i)) & 1) == 1;
      if (!summedOver) {
        key.put(by.get(i), label(by.get(i), rs.getObject("k" + i)));
      }
    }
    boolean protectedRecords = rs.getBoolean("v" + (offset + 5));
    if (indicator.measure() == Measure.SUM) {
      // a sum of values (knowledge gain in points) keeps its decimals; over no rows it is 0
      BigDecimal sum = rs.getBigDecimal("v" + offset);
      return new Cell(
          key,
          CellValues.decimal(sum == null ? BigDecimal.ZERO : sum),
          null,
          null,
          null,
          null,
          protectedRecords);
    }
    // a count of nothing is 0 (a sum over no rows is null in SQL)
    boolean share = indicator.isShare();
    boolean change = indicator.measure() == Measure.CHANGE;
    Long n1 = zero(number(rs, "v" + offset), true);
    Long d1 = zero(number(rs, "v" + (offset + 1)), share);
    Long n2 = zero(number(rs, "v" + (offset + 2)), change);
    Long d2 = zero(number(rs, "v" + (offset + 3)), change);
    BigDecimal value = CellValues.value(indicator.measure(), indicator.unit(), n1, d1, n2, d2);
    return new Cell(key, value, n1, d1, n2, d2, protectedRecords);
  }

  private static Long zero(Long v, boolean counted) {
    return v == null && counted ? Long.valueOf(0) : v;
  }

  /** A count (of records, people or the people they stand for): always a whole number. */
  private static Long number(ResultSet rs, String column) throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return v == null ? null : v.longValue();
  }

  /** A period as {@code 2025}, {@code 2025-Q3} or {@code 2025-07}; anything else as its code. */
  static String label(Dimension d, Object value) {
    if (value instanceof Date date) {
      return period(d, date.toLocalDate());
    }
    return String.valueOf(value);
  }

  static String period(Dimension d, LocalDate day) {
    return switch (d) {
      case YEAR -> Integer.toString(day.getYear());
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      default -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
    };
  }

  /** Values entered by hand: the sum (a number) or the latest (a percentage) per period. */
  private IndicatorValues manual(
      Indicator indicator, LocalDate from, LocalDate to, IndicatorQuery query) {
    for (Dimension d : query.by()) {
      if (!d.isPeriod()) {
        throw new InvalidIndicatorException(
            "by", "results.error.dimensionUnsupported", d.parameter(), MANUAL);
      }
    }
    if (!query.filters().isEmpty()) {
      throw new InvalidIndicatorException(
          "filters",
          "results.error.filterUnsupported",
          query.filters().codes().keySet().iterator().next().parameter(),
          MANUAL);
    }
    List<PeriodValue> values =
        indicators.manualValues(indicator.id()).stream().filter(v -> v.within(from, to)).toList();
    List<Cell> cells = new ArrayList<>();
    for (Dimension d : new HashSet<>(query.by())) {
      Map<String, List<PeriodValue>> parts = new TreeMap<>();
      values.forEach(
          v -> parts.computeIfAbsent(period(d, v.startsOn()), k -> new ArrayList<>()).add(v));
      parts.forEach((k, v) -> cells.add(manualCell(indicator, Map.of(d, k), v)));
    }
    if (!values.isEmpty()) {
      cells.add(manualCell(indicator, Map.of(), values));
    }
    return new IndicatorValues(indicator, from, to, query.by(), cells);
  }

  private static Cell manualCell(
      Indicator indicator, Map<Dimension, String> key, List<PeriodValue> values) {
    BigDecimal value =
        indicator.unit() == Unit.PERCENTAGE
            ? values.get(values.size() - 1).value()
            : values.stream().map(PeriodValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Cell(key, value, value.longValue(), null, null, null, false);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || a.isBefore(b) ? b : a;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || a.isAfter(b) ? b : a;
  }
}
