package org.safar.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.safar.audit.AuditLog;
import org.safar.disclosure.CountTable;
import org.safar.disclosure.PublishedCount;
import org.safar.disclosure.SmallCellSuppression;
import org.safar.disclosure.SuppressedTable;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's indicator values per period, ready for the open-data formats (IATI, HXL, DHIS2): the
 * engine's cells with the period turned into dates, MRCs into their codes and counts touching a
 * protected case passed through small-cell suppression (a hidden value is null, like no data).
 * Every export is audited; seeing one needs the project in scope, as for the dashboard.
 */
@Service
public class OpenDataExports {

  private final ResultsFrameworks frameworks;
  private final Indicators indicators;
  private final OrgUnits orgUnits;
  private final SmallCellSuppression suppression;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Dhis2Mappings dhis2;

  OpenDataExports(
      ResultsFrameworks frameworks,
      Indicators indicators,
      OrgUnits orgUnits,
      SmallCellSuppression suppression,
      AuditLog audit,
      JdbcClient jdbc,
      Dhis2Mappings dhis2) {
    this.dhis2 = dhis2;
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.orgUnits = orgUnits;
    this.suppression = suppression;
    this.audit = audit;
    this.jdbc = jdbc;
  }

  /** One value: for the days {@code start..end}, the part {@code key} (empty = the total). */
  public record Value(
      LocalDate start, LocalDate end, Map<Dimension, String> key, BigDecimal value) {
    public Value {
      key = Map.copyOf(key);
    }
  }

  /** An indicator with its result, targets, DHIS2 mapping (may be null) and values. */
  public record Series(
      Indicator indicator,
      ResultNode result,
      List<PeriodValue> targets,
      Dhis2Mapping dhis2,
      List<Dimension> by,
      List<Value> values) {}

  /** Where an indicator goes in DHIS2: a data element UID and, optionally, one org unit UID. */
  public record Dhis2Mapping(long indicatorId, String dataElement, String orgUnitRef) {
    /** Whether both are DHIS2 UIDs (a mapping entered before UIDs were required may not be). */
    public boolean valid() {
      return Dhis2Mappings.isUid(dataElement)
          && (orgUnitRef == null || Dhis2Mappings.isUid(orgUnitRef));
    }
  }

  /** A project's framework with every indicator's values per period. */
  public record ProjectData(
      Programme project,
      ResultsFramework framework,
      List<ResultNode> results,
      List<Series> series,
      Map<String, String> unitNames,
      List<String> frameworkUnitCodes,
      Map<String, String> dhis2OrgUnits) {}

  /**
   * The project's indicators by {@code period} (YEAR or QUARTER) and by those of their declared
   * dimensions in {@code breakdowns} (null: all), and MRC when {@code withMrc} and the source has
   * it. Audited as an export in {@code format}; 404 when the project has no framework.
   */
  @Transactional
  public ProjectData project(
      long programmeId,
      Dimension period,
      java.util.Set<Dimension> breakdowns,
      boolean withMrc,
      String format) {
    ResultsFrameworks.ProjectResults p = frameworks.project(programmeId);
    ResultsFramework f = p.framework();
    if (f == null) {
      throw new ResultsNotFoundException("results_framework", programmeId);
    }
    Map<Long, Dhis2Mapping> mappings = dhis2Mappings(f.id());
    Map<String, String> unitNames = new LinkedHashMap<>();
    Map<String, String> codeOfId = new HashMap<>();
    List<Series> series = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      // each breakdown in its own query: the engine gives the parts of all dimensions together
      List<List<Dimension>> sets = new ArrayList<>();
      sets.add(List.of(period));
      List<Dimension> by = new ArrayList<>(List.of(period));
      if (!Indicators.MANUAL.equals(i.source())) {
        IndicatorSource source = frameworks.source(i.source());
        List<Dimension> declared =
            i.dimensions().stream()
                .filter(d -> d.canBreakDown() && !d.isPeriod() && source.supports(d))
                .filter(d -> breakdowns == null || breakdowns.contains(d))
                .toList();
        Dhis2Mapping mapping = mappings.get(i.id());
        if (withMrc) {
          // DHIS2: one set, by MRC (unless mapped to one org unit) and the breakdowns together
          List<Dimension> together = new ArrayList<>(List.of(period));
          if (mapping != null && mapping.orgUnitRef() == null && source.supports(Dimension.MRC)) {
            together.add(Dimension.MRC);
          }
          declared.stream().filter(d -> d != Dimension.MRC).forEach(together::add);
          sets.set(0, together);
          by = together;
        } else {
          declared.forEach(d -> sets.add(List.of(period, d)));
          by.addAll(declared);
        }
      }
      List<Cell> cells = new ArrayList<>();
      for (List<Dimension> set : sets) {
        IndicatorValues v =
            indicators.values(i.id(), new IndicatorQuery(null, null, set, Filters.NONE));
        cells.addAll(v.by(set.toArray(Dimension[]::new)));
      }
      List<Value> values = new ArrayList<>();
      for (List<Cell> group : groups(cells, period)) {
        List<BigDecimal> shown = disclosed(group, i);
        for (int k = 0; k < group.size(); k++) {
          Cell c = group.get(k);
          Map<Dimension, String> key = new LinkedHashMap<>(c.key());
          String label = key.remove(period);
          if (key.containsKey(Dimension.MRC)) {
            String id = key.get(Dimension.MRC);
            key.put(Dimension.MRC, codeOfId.computeIfAbsent(id, x -> unit(x, unitNames)));
          }
          LocalDate[] days = days(period, label, f);
          values.add(new Value(days[0], days[1], key, shown.get(k)));
        }
      }
      values.sort(java.util.Comparator.comparing(Value::start).thenComparing(x -> x.key().size()));
      ResultNode result =
          p.results().stream().filter(r -> r.id() == i.resultId()).findFirst().orElseThrow();
      series.add(
          new Series(
              i,
              result,
              frameworks.targets(i.id()),
              mappings.get(i.id()),
              List.copyOf(by),
              values));
    }
    List<String> frameworkUnits =
        f.orgUnitIds().stream()
            .map(id -> orgUnits.find(id).map(OrgUnit::code).orElse(String.valueOf(id)))
            .toList();
    // the DHIS2 org unit (UID) of each Safar org unit that has one, by the Safar unit's code
    Map<String, String> dhis2Units = new HashMap<>();
    dhis2
        .unitUids()
        .forEach((id, uid) -> orgUnits.find(id).ifPresent(u -> dhis2Units.put(u.code(), uid)));
    audit.record("EXPORTED", "results_framework", f.id(), format + " " + p.project().code());
    return new ProjectData(
        p.project(), f, p.results(), series, unitNames, frameworkUnits, dhis2Units);
  }

  private String unit(String id, Map<String, String> names) {
    try {
      Optional<OrgUnit> u = orgUnits.find(Long.parseLong(id));
      if (u.isPresent()) {
        names.put(u.get().code(), u.get().name());
        return u.get().code();
      }
    } catch (NumberFormatException e) {
      // not an id: keep the text
    }
    return id;
  }

  /** Cells with a period, grouped as parts of one whole: same dimensions, same other period. */
  private static List<List<Cell>> groups(List<Cell> cells, Dimension period) {
    Map<Object, List<Cell>> groups = new LinkedHashMap<>();
    for (Cell c : cells) {
      if (!c.key().containsKey(period)) {
        continue;
      }
      // parts of a breakdown within one period; the periods themselves form one series
      Object g = c.key().size() == 1 ? c.key().keySet() : List.of(c.key().keySet(), c.get(period));
      groups.computeIfAbsent(g, x -> new ArrayList<>()).add(c);
    }
    return List.copyOf(groups.values());
  }

  /**
   * Counts over protected cases leave only through small-cell suppression (as on the dashboard).
   */
  private List<BigDecimal> disclosed(List<Cell> cells, Indicator i) {
    List<BigDecimal> values = new ArrayList<>(cells.stream().map(Cell::value).toList());
    boolean counts = i.measure() == Measure.COUNT || i.measure() == Measure.DISTINCT;
    if (!counts || cells.stream().noneMatch(Cell::protectedRecords)) {
      return values;
    }
    int[] numbers = cells.stream().mapToInt(c -> c.value().intValue()).toArray();
    SuppressedTable<String, Integer> table =
        suppression.suppress(
            CountTable.oneWay(
                "parts", IntStream.range(0, numbers.length).boxed().toList(), numbers));
    for (int k = 0; k < numbers.length; k++) {
      PublishedCount c = table.cell(0, k);
      values.set(k, c instanceof PublishedCount.Shown s ? BigDecimal.valueOf(s.value()) : null);
    }
    return values;
  }

  /** The days of a period label ({@code 2026}, {@code 2026-Q1}), within the framework's. */
  static LocalDate[] days(Dimension period, String label, ResultsFramework f) {
    int year = Integer.parseInt(label.substring(0, 4));
    LocalDate start;
    LocalDate end;
    if (period == Dimension.QUARTER) {
      int q = Integer.parseInt(label.substring(label.indexOf('Q') + 1));
      start = LocalDate.of(year, 3 * q - 2, 1);
      end = start.plusMonths(3).minusDays(1);
    } else if (period == Dimension.MONTH) {
      start = LocalDate.of(year, Integer.parseInt(label.substring(5, 7)), 1);
      end = start.plusMonths(1).minusDays(1);
    } else {
      start = LocalDate.of(year, 1, 1);
      end = LocalDate.of(year, 12, 31);
    }
    return new LocalDate[] {
      start.isBefore(f.startsOn()) ? f.startsOn() : start,
      end.isAfter(f.endsOn()) ? f.endsOn() : end
    };
  }

  private Map<Long, Dhis2Mapping> dhis2Mappings(long frameworkId) {
    Map<Long, Dhis2Mapping> m = new HashMap<>();
    jdbc.sql(
            "select m.indicator_id, m.data_element, m.org_unit_ref from indicator_dhis2_mapping m"
                + " join indicator i on i.id = m.indicator_id where i.framework_id = ?")
        .param(frameworkId)
        .query((rs, n) -> new Dhis2Mapping(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list()
        .forEach(x -> m.put(x.indicatorId(), x));
    return m;
  }

  /** The indicator's DHIS2 mapping, if any; the indicator's project must be in scope. */
  @Transactional(readOnly = true)
  public Optional<Dhis2Mapping> dhis2Mapping(long indicatorId) {
    Indicator i = frameworks.indicator(indicatorId);
    return Optional.ofNullable(dhis2Mappings(i.frameworkId()).get(indicatorId));
  }

  /** Maps an indicator to a DHIS2 data element UID (blank = no mapping); audited. */
  public void mapToDhis2(long indicatorId, String dataElement, String orgUnitRef) {
    dhis2.mapIndicator(indicatorId, dataElement, orgUnitRef);
  }
}
