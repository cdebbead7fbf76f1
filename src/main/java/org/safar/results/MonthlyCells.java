package org.safar.results;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each past month of the biggest sources added up per cell of their dimensions (V1_950), so a
 * report over years reads cells instead of every record, and stays exact and fresh: a month is read
 * from its cells only while it is built and no write has touched it since; every other day of the
 * period (the current month, the edges, a month changed since it was built) is read from the
 * records. Writers mark the months they touch in their own transaction; {@link #buildDirtyMonths}
 * adds the marked past months up again in the background.
 *
 * <p>Counts and sums only: distinct persons cannot be added up across cells, and a session's topics
 * are not a cell dimension, so indicators over those read the records.
 */
@Service
class MonthlyCells {

  private static final Logger log = LoggerFactory.getLogger(MonthlyCells.class);

  /** A source with monthly cells: its table, lock class (V1_950) and the dimensions it keeps. */
  record Table(String source, int lockClass, String table, String view, List<String> columns) {}

  static final Map<String, Table> TABLES =
      Map.of(
          "SESSIONS",
          new Table(
              "SESSIONS",
              9501,
              "results_cells_session",
              "results_session",
              List.of("sex", "age_band", "migrant_status", "channel")),
          "GROUP_ATTENDANCE",
          new Table(
              "GROUP_ATTENDANCE",
              9502,
              "results_cells_group_attendance",
              "results_group_attendance",
              List.of("sex", "age_band", "kind")));

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final PersonSets persons;
  private final boolean enabled;

  MonthlyCells(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      PersonSets persons,
      @Value("${safar.results.cells.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.persons = persons;
    this.enabled = enabled;
  }

  /** A built, clean month whose cells cover its days from the first through {@code through}. */
  record Covered(LocalDate month, LocalDate through, java.time.Instant builtAt) {}

  /** Consecutive covered months: cells of months [first, last], covering days up to through. */
  record Run(LocalDate first, LocalDate last, LocalDate through) {}

  /**
   * Where the rows of these indicators over [from, to] come from: the source's view alone, or its
   * records on the days no clean month covers plus the cells of the clean months.
   */
  IndicatorSql.Relation relation(
      IndicatorSource source,
      List<Indicator> indicators,
      LocalDate from,
      LocalDate to,
      Filters extra) {
    Table table = TABLES.get(source.code());
    if (!indicators.stream().allMatch(i -> canServe(source, i, extra))) {
      return IndicatorSql.Relation.of(source);
    }
    List<Covered> covered = covered(jdbc, table.source(), from, to, false);
    if (covered.isEmpty()) {
      return IndicatorSql.Relation.of(source);
    }
    return union(table, runs(covered), from, to);
  }

  /** Whether cells can give this indicator's figures: counts and sums without a topic filter. */
  boolean canServe(IndicatorSource source, Indicator i, Filters extra) {
    Table table = TABLES.get(source.code());
    return enabled
        && table != null
        && table.view().equals(source.relation())
        && i.measure() != Measure.DISTINCT
        && !i.distinctPersons()
        && !usesTopics(i, extra);
  }

  private static boolean usesTopics(Indicator i, Filters extra) {
    for (Filters f : List.of(i.filters(), i.part(), i.before(), i.after(), extra)) {
      if (f.codes().containsKey(Dimension.TOPIC)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The built months whose covered days lie inside [from, to] and that no write has touched since
   * (with their persons, if asked), in order.
   */
  static List<Covered> covered(
      JdbcClient jdbc, String source, LocalDate from, LocalDate to, boolean withPersons) {
    return jdbc.sql(
            """
            select b.month, b.through, b.built_at from results_built_month b
            where b.source = ? and b.month >= ? and b.through <= ?
              and (b.persons or not ?)
              and not exists (select 1 from results_dirty_month d
                              where d.source = b.source and d.month = b.month)
            order by b.month
            """)
        .params(source, Date.valueOf(from), Date.valueOf(to), withPersons)
        .query(
            (rs, n) ->
                new Covered(
                    rs.getDate(1).toLocalDate(),
                    rs.getDate(2).toLocalDate(),
                    rs.getTimestamp(3).toInstant()))
        .list();
  }

  /** Covered months that follow each other without a gap of days, as runs. */
  static List<Run> runs(List<Covered> covered) {
    List<Run> runs = new ArrayList<>();
    for (Covered c : covered) {
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.through().plusDays(1).equals(c.month())) {
        runs.set(runs.size() - 1, new Run(last.first(), c.month(), c.through()));
      } else {
        runs.add(new Run(c.month(), c.month(), c.through()));
      }
    }
    return runs;
  }

  /** The days of [from, to] the runs do not cover, as SQL conditions on {@code column}. */
  static String gaps(
      String column,
      String prefix,
      List<Run> runs,
      LocalDate from,
      LocalDate to,
      Map<String, Object> params) {
    StringJoiner live = new StringJoiner(" or ", "(", ")");
    LocalDate next = from;
    for (int i = 0; i < runs.size(); i++) {
      if (next.isBefore(runs.get(i).first())) {
        live.add(range(column, prefix + i, next, runs.get(i).first().minusDays(1), params));
      }
      next = runs.get(i).through().plusDays(1);
    }
    if (!next.isAfter(to)) {
      live.add(range(column, prefix + "z", next, to, params));
    }
    return live.length() > 2 ? live.toString() : "";
  }

  private static IndicatorSql.Relation union(
      Table table, List<Run> runs, LocalDate from, LocalDate to) {
    Map<String, Object> params = new LinkedHashMap<>();
    String live = gaps("r.on_date", "mcl", runs, from, to, params);
    StringJoiner cells = new StringJoiner(" or ", "(", ")");
    for (int i = 0; i < runs.size(); i++) {
      cells.add(range("c.month", "mcc" + i, runs.get(i).first(), runs.get(i).last(), params));
    }
    String dims = String.join(", ", table.columns());
    String cellDims = String.join(", ", table.columns().stream().map(c -> "c." + c).toList());
    StringBuilder sql = new StringBuilder("(");
    if (!live.isEmpty()) {
      sql.append("select r.on_date, r.org_unit_id, r.country, r.subject_id, r.amount, r.value,")
          .append(" r.protected, ")
          .append(dims)
          .append(", 1::bigint as records from ")
          .append(table.view())
          .append(" r where ")
          .append(live)
          .append(" union all ");
    }
    sql.append("select c.month as on_date, c.org_unit_id, o.country_code::text as country,")
        .append(" null::bigint as subject_id, c.amount, c.value, c.protected, ")
        .append(cellDims)
        .append(", c.records from ")
        .append(table.table())
        .append(" c left join org_unit o on o.id = c.org_unit_id where ")
        .append(cells)
        .append(")");
    return new IndicatorSql.Relation(sql.toString(), params, "sum(r.records)");
  }

  private static String range(
      String column, String name, LocalDate from, LocalDate to, Map<String, Object> params) {
    params.put(name + "a", Date.valueOf(from));
    params.put(name + "b", Date.valueOf(to));
    return column + " between :" + name + "a and :" + name + "b";
  }

  /**
   * Adds up again every month a write has touched (or that was never built), and extends months
   * whose covered days fall short of their end or of yesterday, a few at a time, each in its own
   * short transaction. Runs in the background; also callable from tests.
   */
  @Scheduled(
      initialDelayString = "${safar.results.cells.initial-delay:PT20S}",
      fixedDelayString = "${safar.results.cells.delay:PT5S}")
  void buildDirtyMonths() {
    if (!enabled) {
      return;
    }
    for (Table table : TABLES.values()) {
      List<LocalDate> months =
          jdbc.sql(
                  """
                  select month from (
                    select month from results_dirty_month where source = :s
                    union
                    select month from results_built_month where source = :s
                      and through < least((month + interval '1 month' - interval '1 day')::date,
                                          current_date - 1)
                  ) m
                  where month <= current_date - 1
                  order by month limit 24
                  """)
              .param("s", table.source())
              .query((rs, n) -> rs.getDate(1).toLocalDate())
              .list();
      LocalDate yesterday = today().minusDays(1);
      for (LocalDate month : months) {
        LocalDate end = month.plusMonths(1).minusDays(1);
        try {
          build(table, month, end.isBefore(yesterday) ? end : yesterday);
        } catch (RuntimeException e) {
          log.warn("Monthly cells of {} {} not built: {}", table.source(), month, e.toString());
        }
      }
    }
  }

  private LocalDate today() {
    return jdbc.sql("select current_date").query(Date.class).single().toLocalDate();
  }

  /**
   * Adds one month up again, its days from the first through {@code through}, under the exclusive
   * lock writers of that month share.
   */
  long build(Table table, LocalDate month, LocalDate through) {
    Long cells =
        transactions.execute(
            status -> {
              Date m = Date.valueOf(month);
              jdbc.sql("select pg_advisory_xact_lock(?, results_month_key(?))::text")
                  .params(table.lockClass(), m)
                  .query(String.class)
                  .list();
              jdbc.sql("delete from results_dirty_month where source = ? and month = ?")
                  .params(table.source(), m)
                  .update();
              jdbc.sql("delete from " + table.table() + " where month = ?").param(m).update();
              String dims = String.join(", ", table.columns());
              long added =
                  jdbc.sql(
                          "insert into "
                              + table.table()
                              + " (month, org_unit_id, protected, "
                              + dims
                              + ", amount, value, records) select ?, r.org_unit_id, r.protected, "
                              + dims
                              + ", sum(r.amount), sum(r.value), count(*) from "
                              + table.view()
                              + " r where r.on_date between ? and ?"
                              + " group by r.org_unit_id, r.protected, "
                              + dims)
                      .params(m, m, Date.valueOf(through))
                      .update();
              boolean withPersons =
                  PersonSets.SOURCE.equals(table.source()) && persons.build(month, through);
              jdbc.sql(
                      """
                      insert into results_built_month (source, month, through, cells, persons)
                      values (?, ?, ?, ?, ?)
                      on conflict (source, month) do update
                      set built_at = clock_timestamp(), through = excluded.through,
                          cells = excluded.cells, persons = excluded.persons
                      """)
                  .params(table.source(), m, Date.valueOf(through), added, withPersons)
                  .update();
              return added;
            });
    return cells == null ? 0 : cells;
  }
}
