package org.safar.results;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for indicator definitions, their targets and manual values. */
@Repository
class IndicatorRepository {

  private static final String SELECT =
      "select id, framework_id, result_id, code, title, source, measure, unit, ascending, filters,"
          + " part_filters, before_filters, after_filters, distinct_persons, dimensions,"
          + " baseline_value, baseline_on, version from indicator";

  private final JdbcClient jdbc;

  IndicatorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Indicator> findById(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(IndicatorRepository::map).optional();
  }

  List<Indicator> ofFramework(long frameworkId) {
    return jdbc.sql(SELECT + " where framework_id = ? order by code, id")
        .param(frameworkId)
        .query(IndicatorRepository::map)
        .list();
  }

  boolean codeTaken(long frameworkId, String code, Long except) {
    return jdbc.sql(
            "select exists (select 1 from indicator where framework_id = ? and lower(code) = lower(?)"
                + " and id is distinct from ?)")
        .params(frameworkId, code, except)
        .query(Boolean.class)
        .single();
  }

  long insert(Indicator i, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into indicator (framework_id, result_id, code, title, source, measure, unit,"
                + " ascending, filters, part_filters, before_filters, after_filters,"
                + " distinct_persons, dimensions, baseline_value, baseline_on, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values(i, actor, actor))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  boolean update(long id, int version, Indicator i, String actor) {
    Object[] v = values(i, actor, null);
    // the 15 columns from result_id to baseline_on, then updated_by and the where clause
    Object[] params = Arrays.copyOf(Arrays.copyOfRange(v, 1, 16), 19);
    params[15] = actor;
    params[16] = id;
    params[17] = version;
    params[18] = i.frameworkId();
    return jdbc.sql(
                "update indicator set result_id = ?, code = ?, title = ?, source = ?, measure = ?,"
                    + " unit = ?, ascending = ?, filters = ?, part_filters = ?, before_filters = ?,"
                    + " after_filters = ?, distinct_persons = ?, dimensions = ?,"
                    + " baseline_value = ?, baseline_on = ?, updated_by = ?,"
                    + " version = version + 1, updated_at = now()"
                    + " where id = ? and version = ? and framework_id = ?")
            .params(params)
            .update()
        == 1;
  }

  private static Object[] values(Indicator i, String createdBy, String updatedBy) {
    return new Object[] {
      i.frameworkId(),
      i.resultId(),
      i.code(),
      i.title(),
      i.source(),
      i.measure().name(),
      i.unit().name(),
      i.ascending(),
      i.filters().toArray(),
      i.part().toArray(),
      i.before().toArray(),
      i.after().toArray(),
      i.distinctPersons(),
      i.dimensions().stream().map(Dimension::name).toArray(String[]::new),
      i.baselineValue(),
      i.baselineOn() == null ? null : Date.valueOf(i.baselineOn()),
      createdBy,
      updatedBy
    };
  }

  List<PeriodValue> targets(long indicatorId) {
    return periodValues("indicator_target", "target", "null", indicatorId);
  }

  List<PeriodValue> manualValues(long indicatorId) {
    return periodValues("indicator_manual_value", "value", "note", indicatorId);
  }

  private List<PeriodValue> periodValues(String table, String column, String note, long id) {
    return jdbc.sql(
            "select indicator_id, starts_on, ends_on, "
                + column
                + " as value, "
                + note
                + " as note from "
                + table
                + " where indicator_id = ? order by starts_on, ends_on")
        .param(id)
        .query(
            (rs, n) ->
                new PeriodValue(
                    rs.getLong("indicator_id"),
                    rs.getDate("starts_on").toLocalDate(),
                    rs.getDate("ends_on").toLocalDate(),
                    rs.getBigDecimal("value"),
                    rs.getString("note")))
        .list();
  }

  void putTarget(PeriodValue t, String actor) {
    jdbc.sql(
            "insert into indicator_target (indicator_id, starts_on, ends_on, target, created_by)"
                + " values (?, ?, ?, ?, ?) on conflict (indicator_id, starts_on, ends_on)"
                + " do update set target = excluded.target, created_by = excluded.created_by,"
                + " created_at = now()")
        .params(
            t.indicatorId(), Date.valueOf(t.startsOn()), Date.valueOf(t.endsOn()), t.value(), actor)
        .update();
  }

  void putManualValue(PeriodValue v, String actor) {
    jdbc.sql(
            "insert into indicator_manual_value (indicator_id, starts_on, ends_on, value, note,"
                + " created_by) values (?, ?, ?, ?, ?, ?) on conflict (indicator_id, starts_on,"
                + " ends_on) do update set value = excluded.value, note = excluded.note,"
                + " created_by = excluded.created_by, created_at = now()")
        .params(
            v.indicatorId(),
            Date.valueOf(v.startsOn()),
            Date.valueOf(v.endsOn()),
            v.value(),
            v.note(),
            actor)
        .update();
  }

  int deleteTarget(long indicatorId, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
    return jdbc.sql(
            "delete from indicator_target where indicator_id = ? and starts_on = ? and ends_on = ?")
        .params(indicatorId, Date.valueOf(startsOn), Date.valueOf(endsOn))
        .update();
  }

  int deleteManualValue(
      long indicatorId, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
    return jdbc.sql(
            "delete from indicator_manual_value where indicator_id = ? and starts_on = ?"
                + " and ends_on = ?")
        .params(indicatorId, Date.valueOf(startsOn), Date.valueOf(endsOn))
        .update();
  }

  /** How many targets and manual values the indicator has, and whether it is mapped to DHIS2. */
  int[] dependants(long indicatorId) {
    return jdbc.sql(
            "select (select count(*) from indicator_target where indicator_id = :id),"
                + " (select count(*) from indicator_manual_value where indicator_id = :id),"
                + " (select count(*) from indicator_dhis2_mapping where indicator_id = :id)")
        .param("id", indicatorId)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
        .single();
  }

  /** Deletes the indicator at this version, with its targets, values and mapping (cascade). */
  boolean delete(long id, int version) {
    return jdbc.sql("delete from indicator where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  private static Indicator map(ResultSet rs, int row) throws SQLException {
    Date baselineOn = rs.getDate("baseline_on");
    return new Indicator(
        rs.getLong("id"),
        rs.getLong("framework_id"),
        rs.getLong("result_id"),
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("source"),
        Measure.valueOf(rs.getString("measure")),
        Unit.valueOf(rs.getString("unit")),
        rs.getBoolean("ascending"),
        filters(rs, "filters"),
        filters(rs, "part_filters"),
        filters(rs, "before_filters"),
        filters(rs, "after_filters"),
        rs.getBoolean("distinct_persons"),
        Arrays.stream(strings(rs, "dimensions")).map(Dimension::valueOf).toList(),
        rs.getBigDecimal("baseline_value"),
        baselineOn == null ? null : baselineOn.toLocalDate(),
        rs.getInt("version"));
  }

  private static Filters filters(ResultSet rs, String column) throws SQLException {
    return Filters.parse(Arrays.asList(strings(rs, column)), column);
  }

  private static String[] strings(ResultSet rs, String column) throws SQLException {
    var a = rs.getArray(column);
    return a == null ? new String[0] : (String[]) a.getArray();
  }
}
