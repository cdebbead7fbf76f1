package org.safar.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Builds the one SQL statement that computes an indicator over a query: the cells by all the
 * requested dimensions together, by each alone, and the total, as grouping sets of one scan, so a
 * total is computed from the same rows as its parts.
 *
 * <p>Counts and sums are first added up per finest cell (one hash aggregate over the records), then
 * the grouping sets are formed over those few cells: the parts add up to the totals exactly.
 * Distinct persons are counted per cell straight from the records, since a person can be in two
 * parts; their totals are not sums.
 *
 * <p>Every value the user chose is a bind parameter; only dimension expressions (from {@link
 * Dimension}) and the source's relation name are written into the text.
 */
final class IndicatorSql {

  private IndicatorSql() {}

  record Statement(String sql, Map<String, Object> params, List<Dimension> by) {}

  /**
   * Where the rows come from: a source's view, or (see {@link MonthlyCells}) a union of its records
   * and its monthly cells, whose rows each stand for {@code records} records.
   */
  record Relation(String sql, Map<String, Object> params, String records) {

    static Relation of(IndicatorSource source) {
      return new Relation(source.relation(), Map.of(), "count(*)");
    }
  }

  static Statement build(
      IndicatorSource source,
      Relation relation,
      Indicator indicator,
      LocalDate from,
      LocalDate to,
      List<Dimension> by,
      Filters extra,
      Long[] units) {
    check(source, indicator, by, extra);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", java.sql.Date.valueOf(from));
    params.put("to", java.sql.Date.valueOf(to));
    params.put("units", units);
    params.putAll(relation.params());
    String where =
        " where r.on_date between :from and :to and r.org_unit_id = any(:units)"
            + conditions(indicator.filters().and(extra), params, "f");
    List<String> aggregates = new ArrayList<>(aggregates(indicator, Filters.NONE, params, ""));
    aggregates.add(relation.records());
    aggregates.add("bool_or(r.protected)");
    boolean distinct = indicator.measure() == Measure.DISTINCT || indicator.distinctPersons();
    String sql =
        distinct
            ? direct(relation, by, aggregates, where)
            : twoLevel(relation, by, aggregates, where);
    return new Statement(sql, params, by);
  }

  /**
   * One statement for several indicators over the same records (a report): one scan, each
   * indicator's own filters in its aggregates' FILTER clauses. Indicator {@code k}'s columns are
   * {@code v(6k)} to {@code v(6k+5)}: its four values, how many records it counted, and whether any
   * was about a protected case.
   */
  static Statement buildMany(
      IndicatorSource source,
      Relation relation,
      List<Indicator> indicators,
      LocalDate from,
      LocalDate to,
      List<Dimension> by,
      Filters extra,
      Long[] units) {
    indicators.forEach(i -> check(source, i, by, extra));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", java.sql.Date.valueOf(from));
    params.put("to", java.sql.Date.valueOf(to));
    params.put("units", units);
    params.putAll(relation.params());
    String where =
        " where r.on_date between :from and :to and r.org_unit_id = any(:units)"
            + conditions(extra, params, "f");
    List<String> aggregates = new java.util.ArrayList<>();
    boolean distinct = false;
    for (int k = 0; k < indicators.size(); k++) {
      Indicator i = indicators.get(k);
      aggregates.addAll(aggregates(i, i.filters(), params, "i" + k));
      String own = filter(i.filters(), params, "i" + k + "r");
      aggregates.add(relation.records() + own);
      aggregates.add("bool_or(r.protected)" + own);
      distinct |= i.measure() == Measure.DISTINCT || i.distinctPersons();
    }
    String sql =
        distinct
            ? direct(relation, by, aggregates, where)
            : twoLevel(relation, by, aggregates, where);
    return new Statement(sql, params, by);
  }

  /** Refuses what the records cannot give, with a message that says why. */
  static void check(
      IndicatorSource source, Indicator indicator, List<Dimension> by, Filters extra) {
    if (by.size() > IndicatorQuery.MAX_DIMENSIONS) {
      throw new InvalidIndicatorException(
          "by", "results.error.tooManyDimensions", IndicatorQuery.MAX_DIMENSIONS);
    }
    if (Set.copyOf(by).size() != by.size()) {
      throw new InvalidIndicatorException("by", "results.error.dimensionTwice");
    }
    for (Dimension d : by) {
      if (!source.supports(d)) {
        throw new InvalidIndicatorException(
            "by", "results.error.dimensionUnsupported", d.parameter(), source.code());
      }
      if (!d.canBreakDown()) {
        throw new InvalidIndicatorException("by", "results.error.dimensionOverlaps", d.parameter());
      }
    }
    for (Filters f :
        List.of(
            indicator.filters(), indicator.part(), indicator.before(), indicator.after(), extra)) {
      for (Dimension d : f.codes().keySet()) {
        if (!source.supports(d)) {
          throw new InvalidIndicatorException(
              "filters", "results.error.filterUnsupported", d.parameter(), source.code());
        }
      }
    }
    boolean persons = indicator.measure() == Measure.DISTINCT || indicator.distinctPersons();
    if (persons && !source.hasPersons()) {
      throw new InvalidIndicatorException("measure", "results.error.noPersons", source.code());
    }
    if (indicator.measure() == Measure.SUM && !source.hasValue()) {
      throw new InvalidIndicatorException("measure", "results.error.noValue", source.code());
    }
    if (indicator.isShare() && indicator.part().isEmpty()) {
      throw new InvalidIndicatorException("part", "results.error.partMissing");
    }
    if (indicator.measure() == Measure.CHANGE
        && (indicator.before().isEmpty() || indicator.after().isEmpty())) {
      throw new InvalidIndicatorException("before", "results.error.measurementsMissing");
    }
  }

  /**
   * n1, d1 (the part and the whole; for CHANGE the second measurement), n2, d2 (the first), each
   * over the records that also match {@code base}.
   */
  private static List<String> aggregates(
      Indicator indicator, Filters base, Map<String, Object> params, String tag) {
    boolean persons = indicator.measure() == Measure.DISTINCT || indicator.distinctPersons();
    String counted = persons ? "count(distinct r.subject_id)" : "sum(r.amount)";
    String all = filter(base, params, tag + "w");
    return switch (indicator.measure()) {
      case COUNT -> new ArrayList<>(List.of("sum(r.amount)" + all, "null", "null", "null"));
      case SUM -> new ArrayList<>(List.of("sum(r.value)" + all, "null", "null", "null"));
      case DISTINCT ->
          new ArrayList<>(List.of("count(distinct r.subject_id)" + all, "null", "null", "null"));
      case RATIO ->
          Arrays.asList(
              counted + filter(base.and(indicator.part()), params, tag + "p"),
              counted + all,
              "null",
              "null");
      case CHANGE -> {
        Filters after = base.and(indicator.after());
        Filters before = base.and(indicator.before());
        yield Arrays.asList(
            counted + filter(after.and(indicator.part()), params, tag + "an"),
            counted + filter(after, params, tag + "ad"),
            counted + filter(before.and(indicator.part()), params, tag + "bn"),
            counted + filter(before, params, tag + "bd"));
      }
    };
  }

  private static String filter(Filters f, Map<String, Object> params, String prefix) {
    String c = conditions(f, params, prefix);
    return c.isEmpty() ? "" : " filter (where " + c.substring(5) + ")";
  }

  /** " and …" for each filtered dimension, or "" for none. */
  static String conditions(Filters f, Map<String, Object> params, String prefix) {
    StringBuilder sql = new StringBuilder();
    int i = 0;
    for (var e : f.codes().entrySet()) {
      String name = prefix + i++;
      Dimension d = e.getKey();
      if (d == Dimension.MRC) {
        params.put(name, e.getValue().stream().map(Long::valueOf).toArray(Long[]::new));
        sql.append(" and r.org_unit_id = any(:").append(name).append(")");
      } else if (d == Dimension.TOPIC) {
        params.put(name, e.getValue().toArray(String[]::new));
        sql.append(" and r.topics && cast(:").append(name).append(" as text[])");
      } else {
        params.put(name, e.getValue().toArray(String[]::new));
        sql.append(" and ").append(keyExpression(d)).append(" = any(:").append(name).append(")");
      }
    }
    return sql.toString();
  }

  /** A dimension's value in a row; an unknown value is UNKNOWN, never null (null means total). */
  static String keyExpression(Dimension d) {
    return d.isPeriod() || d == Dimension.MRC
        ? d.expression()
        : "coalesce(" + d.expression() + "::text, 'UNKNOWN')";
  }

  private static String direct(
      Relation source, List<Dimension> by, List<String> aggregates, String where) {
    StringJoiner select = new StringJoiner(", ", "select ", "");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < by.size(); i++) {
      select.add(keyExpression(by.get(i)) + " as k" + i);
      keys.add(keyExpression(by.get(i)));
    }
    select.add(by.isEmpty() ? "0 as g" : "grouping(" + String.join(", ", keys) + ") as g");
    for (int i = 0; i < aggregates.size(); i++) {
      select.add(aggregates.get(i) + " as v" + i);
    }
    return select + " from " + source.sql() + " r" + where + groupingSets(keys);
  }

  private static String twoLevel(
      Relation source, List<Dimension> by, List<String> aggregates, String where) {
    StringJoiner inner = new StringJoiner(", ", "select ", "");
    StringJoiner outer = new StringJoiner(", ", "select ", "");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < by.size(); i++) {
      inner.add(keyExpression(by.get(i)) + " as k" + i);
      outer.add("t.k" + i);
      keys.add("t.k" + i);
    }
    outer.add(by.isEmpty() ? "0 as g" : "grouping(" + String.join(", ", keys) + ") as g");
    for (int i = 0; i < aggregates.size(); i++) {
      inner.add(aggregates.get(i) + " as v" + i);
      String a = aggregates.get(i);
      String combine = a.startsWith("bool_or(") ? "bool_or" : "sum";
      outer.add(a.equals("null") ? "null as v" + i : combine + "(t.v" + i + ") as v" + i);
    }
    String innerGroup =
        by.isEmpty()
            ? ""
            : " group by "
                + String.join(
                    ", ",
                    java.util.stream.IntStream.range(0, by.size()).mapToObj(i -> "k" + i).toList());
    return outer
        + " from ("
        + inner
        + " from "
        + source.sql()
        + " r"
        + where
        + innerGroup
        + ") t"
        + groupingSets(keys);
  }

  /** All the dimensions together, each alone, and nothing (the total). */
  static String groupingSets(List<String> keys) {
    if (keys.isEmpty()) {
      return "";
    }
    StringJoiner sets = new StringJoiner(", ", " group by grouping sets (", ")");
    sets.add("(" + String.join(", ", keys) + ")");
    if (keys.size() > 1) {
      keys.forEach(k -> sets.add("(" + k + ")"));
    }
    sets.add("()");
    return sets.toString();
  }
}
