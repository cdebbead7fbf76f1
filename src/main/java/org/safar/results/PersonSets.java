package org.safar.results;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Distinct persons over many months without reading every record: each past month's persons per
 * cell (V1_951), kept as Roaring bitmaps of client ids and united in memory for every grouping set
 * of a query, so a person in two parts is one person in their total, exactly as {@code count
 * (distinct)} over the records says. Months that are not clean, and the edges of the period, are
 * read from the records, as for {@link MonthlyCells}.
 *
 * <p>Serves DISTINCT indicators over sessions broken down and filtered by the client's sex, age
 * band and migrant status, the MRC, the country and the periods; any other (a channel, a topic, a
 * share of persons) reads the records. A month's bitmaps are cached until it is built again.
 */
@Service
class PersonSets {

  static final String SOURCE = "SESSIONS";
  static final String TABLE = "results_persons_session";
  static final List<String> COLUMNS = List.of("sex", "age_band", "migrant_status");
  private static final Set<Dimension> SERVED =
      EnumSet.of(
          Dimension.SEX,
          Dimension.AGE_BAND,
          Dimension.MIGRANT_STATUS,
          Dimension.MRC,
          Dimension.COUNTRY,
          Dimension.MONTH,
          Dimension.QUARTER,
          Dimension.YEAR);

  /** One cell of a month: who, where, and the values of the columns above. */
  private record Entry(
      LocalDate day, long unit, boolean isProtected, String[] codes, RoaringBitmap persons) {}

  private record Month(java.time.Instant builtAt, List<Entry> entries) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final boolean enabled;
  private final Map<LocalDate, Month> cache = new ConcurrentHashMap<>();

  PersonSets(
      JdbcClient jdbc,
      JdbcTemplate batch,
      @Value("${safar.results.cells.enabled:true}") boolean enabled) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.enabled = enabled;
  }

  boolean canServe(IndicatorSource source, Indicator i, List<Dimension> by, Filters extra) {
    if (!enabled
        || !SOURCE.equals(source.code())
        || !"results_session".equals(source.relation())
        || i.measure() != Measure.DISTINCT
        || !SERVED.containsAll(by)) {
      return false;
    }
    return SERVED.containsAll(i.filters().codes().keySet())
        && SERVED.containsAll(extra.codes().keySet())
        && !extra.codes().containsKey(Dimension.MONTH)
        && !extra.codes().containsKey(Dimension.QUARTER)
        && !extra.codes().containsKey(Dimension.YEAR)
        && !i.filters().codes().containsKey(Dimension.MONTH)
        && !i.filters().codes().containsKey(Dimension.QUARTER)
        && !i.filters().codes().containsKey(Dimension.YEAR);
  }

  /** The indicator's cells: every requested dimension together, each alone, and the total. */
  List<Cell> values(
      Indicator indicator,
      LocalDate from,
      LocalDate to,
      List<Dimension> by,
      Filters extra,
      Long[] units) {
    Filters filters = indicator.filters().and(extra);
    Map<Long, String> countries = countries();
    Set<Long> scope = new java.util.HashSet<>(java.util.Arrays.asList(units));
    List<Entry> entries = new ArrayList<>();
    List<MonthlyCells.Covered> covered = MonthlyCells.covered(jdbc, SOURCE, from, to, true);
    for (MonthlyCells.Covered c : covered) {
      for (Entry e : month(c.month(), c.builtAt()).entries()) {
        if (scope.contains(e.unit()) && matches(e, filters, countries)) {
          entries.add(e);
        }
      }
    }
    entries.addAll(live(from, to, MonthlyCells.runs(covered), filters, units));

    // each cell's bitmaps are gathered first and united once (see union), not added one by one
    // into a growing result
    Map<List<String>, List<RoaringBitmap>> parts = new HashMap<>();
    Map<List<String>, Boolean> finestProtected = new HashMap<>();
    for (Entry e : entries) {
      List<String> key = new ArrayList<>(by.size());
      for (Dimension d : by) {
        key.add(label(d, e, countries));
      }
      parts.computeIfAbsent(key, k -> new ArrayList<>()).add(e.persons());
      finestProtected.merge(key, e.isProtected(), Boolean::logicalOr);
    }
    Map<List<String>, RoaringBitmap> finest = new HashMap<>();
    parts.forEach((key, bitmaps) -> finest.put(key, union(bitmaps)));
    List<Cell> result = new ArrayList<>();
    RoaringBitmap total = union(List.copyOf(finest.values()));
    boolean totalProtected = finestProtected.containsValue(true);
    if (!by.isEmpty()) {
      finest.forEach(
          (key, persons) ->
              result.add(cell(indicator, key(by, key), persons, finestProtected.get(key))));
    }
    for (int i = 0; by.size() > 1 && i < by.size(); i++) {
      Map<String, List<RoaringBitmap>> byPart = new HashMap<>();
      Map<String, Boolean> partsProtected = new HashMap<>();
      for (var f : finest.entrySet()) {
        String part = f.getKey().get(i);
        byPart.computeIfAbsent(part, k -> new ArrayList<>()).add(f.getValue());
        partsProtected.merge(part, finestProtected.get(f.getKey()), Boolean::logicalOr);
      }
      Dimension d = by.get(i);
      byPart.forEach(
          (part, bitmaps) ->
              result.add(
                  cell(indicator, Map.of(d, part), union(bitmaps), partsProtected.get(part))));
    }
    result.add(cell(indicator, Map.of(), total, totalProtected));
    return result;
  }

  /**
   * The union of many bitmaps. Few small ones (a finest cell's months) are merged pairwise,
   * smallest first, staying sorted arrays; many or large ones go through 64 Ki-bit words at once.
   */
  private static RoaringBitmap union(List<RoaringBitmap> bitmaps) {
    if (bitmaps.isEmpty()) {
      return new RoaringBitmap();
    }
    long size = 0;
    for (RoaringBitmap b : bitmaps) {
      size += b.getLongCardinality();
    }
    return size < 65_536
        ? FastAggregation.priorityqueue_or(bitmaps.iterator())
        : FastAggregation.naive_or(bitmaps.iterator());
  }

  private static Map<Dimension, String> key(List<Dimension> by, List<String> values) {
    Map<Dimension, String> key = new EnumMap<>(Dimension.class);
    for (int i = 0; i < by.size(); i++) {
      key.put(by.get(i), values.get(i));
    }
    return key;
  }

  private static Cell cell(
      Indicator indicator, Map<Dimension, String> key, RoaringBitmap persons, boolean isProtected) {
    long n = persons.getLongCardinality();
    BigDecimal value = CellValues.value(indicator.measure(), indicator.unit(), n, null, null, null);
    return new Cell(key, value, n, null, null, null, isProtected);
  }

  private static String label(Dimension d, Entry e, Map<Long, String> countries) {
    return switch (d) {
      case MONTH, QUARTER, YEAR -> Indicators.period(d, e.day());
      case MRC -> Long.toString(e.unit());
      case COUNTRY -> code(countries.get(e.unit()));
      default -> code(e.codes()[COLUMNS.indexOf(d.column())]);
    };
  }

  private static String code(String value) {
    return value == null ? "UNKNOWN" : value;
  }

  private static boolean matches(Entry e, Filters filters, Map<Long, String> countries) {
    for (var f : filters.codes().entrySet()) {
      Dimension d = f.getKey();
      String value =
          switch (d) {
            case MRC -> Long.toString(e.unit());
            case COUNTRY -> code(countries.get(e.unit()));
            default -> code(e.codes()[COLUMNS.indexOf(d.column())]);
          };
      if (!f.getValue().contains(value)) {
        return false;
      }
    }
    return true;
  }

  private Map<Long, String> countries() {
    Map<Long, String> countries = new HashMap<>();
    jdbc.sql("select id, country_code::text from org_unit")
        .query(
            rs -> {
              countries.put(rs.getLong(1), rs.getString(2));
            });
    return countries;
  }

  /** A built month's entries, from the cache while it is the same build. */
  private Month month(LocalDate month, java.time.Instant builtAt) {
    Month cached = cache.get(month);
    if (cached != null && cached.builtAt().equals(builtAt)) {
      return cached;
    }
    List<Entry> entries =
        jdbc.sql(
                "select org_unit_id, protected, sex, age_band, migrant_status, persons from "
                    + TABLE
                    + " where month = ?")
            .param(Date.valueOf(month))
            .query((rs, n) -> entry(month, rs, deserialise(rs.getBytes(6))))
            .list();
    Month loaded = new Month(builtAt, List.copyOf(entries));
    cache.put(month, loaded);
    return loaded;
  }

  private static Entry entry(LocalDate day, ResultSet rs, RoaringBitmap persons)
      throws SQLException {
    return new Entry(
        day,
        rs.getLong(1),
        rs.getBoolean(2),
        new String[] {rs.getString(3), rs.getString(4), rs.getString(5)},
        persons);
  }

  /** The records on the days no clean month covers, one entry per record. */
  private List<Entry> live(
      LocalDate from, LocalDate to, List<MonthlyCells.Run> runs, Filters filters, Long[] units) {
    Map<String, Object> params = new LinkedHashMap<>();
    String days = MonthlyCells.gaps("r.on_date", "pd", runs, from, to, params);
    if (days.isEmpty()) {
      return List.of();
    }
    params.put("units", units);
    String sql =
        "select r.on_date, r.org_unit_id, r.protected, r.sex, r.age_band, r.migrant_status,"
            + " r.subject_id from results_session r where "
            + days
            + " and r.org_unit_id = any(:units)"
            + IndicatorSql.conditions(filters, params, "pf");
    // periods need no finer day than the month, so the records are united per month and cell
    Map<List<Object>, Entry> byCell = new HashMap<>();
    jdbc.sql(sql)
        .params(params)
        .query(
            rs -> {
              LocalDate month = rs.getDate(1).toLocalDate().withDayOfMonth(1);
              String[] codes = {rs.getString(4), rs.getString(5), rs.getString(6)};
              List<Object> key =
                  java.util.Arrays.asList(
                      month, rs.getLong(2), rs.getBoolean(3), codes[0], codes[1], codes[2]);
              byCell
                  .computeIfAbsent(
                      key,
                      k ->
                          new Entry(
                              month,
                              (Long) k.get(1),
                              (Boolean) k.get(2),
                              codes,
                              new RoaringBitmap()))
                  .persons()
                  .add(person(rs.getLong(7)));
            });
    return List.copyOf(byCell.values());
  }

  /** A client id as the bitmaps keep it; one beyond 32 bits sends the query to the records. */
  private static int person(long id) {
    if (id < 0 || id > Integer.MAX_VALUE) {
      throw new NotServed();
    }
    return (int) id;
  }

  /** The records must answer this query (see {@link Indicators}). */
  static final class NotServed extends RuntimeException {
    NotServed() {
      super(null, null, false, false);
    }
  }

  /**
   * Builds a month's persons per cell from the records, inside the builder's transaction. False
   * when a client id does not fit in 32 bits: that month's distinct persons then read the records.
   */
  boolean build(LocalDate month, LocalDate through) {
    Date m = Date.valueOf(month);
    jdbc.sql("delete from " + TABLE + " where month = ?").param(m).update();
    Map<List<Object>, RoaringBitmap> byCell = new HashMap<>();
    boolean[] fits = {true};
    jdbc.sql(
            "select org_unit_id, protected, sex, age_band, migrant_status, subject_id"
                + " from results_session r where r.on_date between ? and ?")
        .params(m, Date.valueOf(through))
        .query(
            rs -> {
              long id = rs.getLong(6);
              if (id > Integer.MAX_VALUE || id < 0) {
                fits[0] = false;
                return;
              }
              List<Object> key =
                  java.util.Arrays.asList(
                      rs.getLong(1),
                      rs.getBoolean(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5));
              byCell.computeIfAbsent(key, k -> new RoaringBitmap()).add((int) id);
            });
    if (!fits[0]) {
      return false;
    }
    List<Object[]> rows = new ArrayList<>();
    byCell.forEach(
        (key, persons) -> {
          persons.runOptimize();
          rows.add(
              new Object[] {
                m, key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), serialise(persons)
              });
        });
    batch.batchUpdate(
        "insert into "
            + TABLE
            + " (month, org_unit_id, protected, sex, age_band, migrant_status, persons)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        rows);
    return true;
  }

  private static byte[] serialise(RoaringBitmap persons) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes)) {
      persons.serialize(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RoaringBitmap deserialise(byte[] bytes) {
    RoaringBitmap persons = new RoaringBitmap();
    try {
      persons.deserialize(ByteBuffer.wrap(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return persons;
  }
}
