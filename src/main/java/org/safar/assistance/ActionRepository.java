package org.safar.assistance;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for actions. */
@Repository
class ActionRepository {

  static final String SELECT =
      "select x.id, x.project_id, p.title as project_title, x.owner_org_unit_id, x.title,"
          + " x.country_codes, x.requesting_institution, x.theme, x.requested_on, x.status,"
          + " x.start_date, x.end_date, x.summary, x.version"
          + " from ta_action x join programme p on p.id = x.project_id";

  private final JdbcClient jdbc;

  ActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AssistanceAction> findById(long id) {
    return jdbc.sql(SELECT + " where x.id = ?").param(id).query(ActionRepository::map).optional();
  }

  /** The filters that are set, as SQL and parameters (no "is null or" for unset ones). */
  static Map<String, Object> where(ActionFilter f, Long[] scope, StringBuilder sql) {
    Map<String, Object> params = new LinkedHashMap<>();
    sql.append(" where x.owner_org_unit_id = any(:scope)");
    params.put("scope", scope);
    String like = org.safar.shell.ResultPage.containing(f.text());
    if (like != null) {
      sql.append(
          " and (x.title ilike :q or x.requesting_institution ilike :q or x.summary ilike :q)");
      params.put("q", like);
    }
    if (f.project() != null) {
      // the entry and every entry beneath it, as the project page counts them
      sql.append(
          " and x.project_id in (with recursive t(id) as (select cast(:project as bigint)"
              + " union all select c.id from programme c join t on c.parent_id = t.id)"
              + " select id from t)");
      params.put("project", f.project());
    }
    List<String> countries = new ArrayList<>();
    if (f.country() != null) {
      countries.add(f.country());
    }
    if (f.region() != null) {
      countries.addAll(f.region().countries());
    }
    if (!countries.isEmpty()) {
      sql.append(" and x.country_codes && cast(:countries as text[])");
      params.put("countries", countries.toArray(String[]::new));
    }
    if (f.theme() != null) {
      sql.append(" and x.theme = :theme");
      params.put("theme", f.theme().name());
    }
    if (f.status() != null) {
      sql.append(" and x.status = :status");
      params.put("status", f.status().name());
    }
    return params;
  }

  List<AssistanceAction> search(ActionFilter f, Long[] scope, int limit, long offset) {
    StringBuilder sql = new StringBuilder(SELECT);
    Map<String, Object> params = where(f, scope, sql);
    sql.append(" order by x.start_date desc, x.id desc limit :limit offset :offset");
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(sql.toString()).params(params).query(ActionRepository::map).list();
  }

  long count(ActionFilter f, Long[] scope) {
    StringBuilder sql = new StringBuilder("select count(*) from ta_action x");
    Map<String, Object> params = where(f, scope, sql);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  long insert(ActionDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ta_action (project_id, owner_org_unit_id, title, country_codes,"
                + " requesting_institution, theme, requested_on, status, start_date, end_date,"
                + " summary, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.projectId(),
            d.ownerOrgUnitId(),
            d.title(),
            d.countryCodes().toArray(String[]::new),
            d.requestingInstitution(),
            d.theme().name(),
            Date.valueOf(d.requestedOn()),
            d.status().name(),
            Date.valueOf(d.startDate()),
            date(d.endDate()),
            d.summary(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ActionDraft d, String actor) {
    int n =
        jdbc.sql(
                "update ta_action set project_id = ?, owner_org_unit_id = ?, title = ?,"
                    + " country_codes = ?, requesting_institution = ?, theme = ?, requested_on = ?,"
                    + " status = ?, start_date = ?, end_date = ?, summary = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.projectId(),
                d.ownerOrgUnitId(),
                d.title(),
                d.countryCodes().toArray(String[]::new),
                d.requestingInstitution(),
                d.theme().name(),
                Date.valueOf(d.requestedOn()),
                d.status().name(),
                Date.valueOf(d.startDate()),
                date(d.endDate()),
                d.summary(),
                actor,
                id,
                version)
            .update();
    if (n == 0) {
      throw new OptimisticLockingFailureException("ta_action " + id + " changed meanwhile");
    }
  }

  void moveTo(long id, int version, ActionStatus status, String actor) {
    int n =
        jdbc.sql(
                "update ta_action set status = ?, version = version + 1, updated_at = now(),"
                    + " updated_by = ? where id = ? and version = ?")
            .params(status.name(), actor, id, version)
            .update();
    if (n == 0) {
      throw new OptimisticLockingFailureException("ta_action " + id + " changed meanwhile");
    }
  }

  /** How many of the action's activities would lie outside these dates. */
  long activitiesOutside(long actionId, LocalDate start, LocalDate end) {
    return jdbc.sql(
            "select count(*) from ta_activity where action_id = ? and (start_date < ?"
                + " or end_date > coalesce(cast(? as date), 'infinity'::date))")
        .params(actionId, Date.valueOf(start), date(end))
        .query(Long.class)
        .single();
  }

  /** Actions recorded under a portfolio entry, within the scope. */
  long countUnderProjects(Long[] projectIds, Long[] scope) {
    return jdbc.sql(
            "select count(*) from ta_action where project_id = any(?) and owner_org_unit_id = any(?)")
        .params(projectIds, scope)
        .query(Long.class)
        .single();
  }

  static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static AssistanceAction map(ResultSet rs, int row) throws SQLException {
    return new AssistanceAction(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("project_title"),
        rs.getLong("owner_org_unit_id"),
        rs.getString("title"),
        strings(rs, "country_codes"),
        rs.getString("requesting_institution"),
        ActionTheme.valueOf(rs.getString("theme")),
        localDate(rs, "requested_on"),
        ActionStatus.valueOf(rs.getString("status")),
        localDate(rs, "start_date"),
        localDate(rs, "end_date"),
        rs.getString("summary"),
        rs.getInt("version"));
  }
}
