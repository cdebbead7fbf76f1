package org.safar.assistance;

import static org.safar.assistance.ActionRepository.localDate;
import static org.safar.assistance.ActionRepository.strings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the roster: experts and their deployments. */
@Repository
class ExpertRepository {

  private static final String SELECT =
      "select e.id, e.owner_org_unit_id, e.full_name, e.employer, e.employer_kind, e.nationality,"
          + " e.expertise, e.languages, e.email, e.version from ta_expert e";

  private static final String DEPLOYMENTS =
      "select d.id, d.expert_id, e.full_name, e.employer, e.nationality, d.activity_id, a.kind,"
          + " a.title as activity_title, x.id as action_id, x.title as action_title,"
          + " x.country_codes, d.start_date, d.end_date, d.days_worked"
          + " from ta_deployment d join ta_expert e on e.id = d.expert_id"
          + " join ta_activity a on a.id = d.activity_id join ta_action x on x.id = a.action_id";

  private final JdbcClient jdbc;

  ExpertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Expert> findById(long id) {
    return jdbc.sql(SELECT + " where e.id = ?").param(id).query(ExpertRepository::map).optional();
  }

  /** Experts in scope, by name, for pickers. */
  List<Expert> all(Long[] scope) {
    return jdbc.sql(SELECT + " where e.owner_org_unit_id = any(?) order by e.full_name limit 2000")
        .param(scope)
        .query(ExpertRepository::map)
        .list();
  }

  /** The conditions of a roster search; deployments are looked for among actions in scope. */
  private static String where(RosterQuery q, Long[] scope, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" where e.owner_org_unit_id = any(:scope)");
    params.put("scope", scope);
    String like = ResultPage.containing(q.text());
    if (like != null) {
      sql.append(
          " and (e.full_name ilike :q or e.employer ilike :q or e.nationality ilike :q"
              + " or array_to_string(e.languages, ' ') ilike :q)");
      params.put("q", like);
    }
    if (q.expertise() != null) {
      sql.append(" and :expertise = any(e.expertise)");
      params.put("expertise", q.expertise().name());
    }
    if (q.aboutDeployments()) {
      sql.append(
              " and exists (select 1 from ta_deployment d join ta_activity a on a.id = d.activity_id")
          .append(" join ta_action x on x.id = a.action_id where d.expert_id = e.id")
          .append(deploymentConditions(q, params))
          .append(")");
    }
    return sql.toString();
  }

  private static String deploymentConditions(RosterQuery q, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" and x.owner_org_unit_id = any(:scope)");
    if (q.kind() != null) {
      sql.append(" and a.kind = :kind");
      params.put("kind", q.kind().name());
    }
    List<String> countries = new ArrayList<>();
    if (q.country() != null) {
      countries.add(q.country());
    }
    if (q.region() != null) {
      countries.addAll(q.region().countries());
    }
    if (!countries.isEmpty()) {
      sql.append(" and x.country_codes && cast(:countries as text[])");
      params.put("countries", countries.toArray(String[]::new));
    }
    return sql.toString();
  }

  List<Expert> search(RosterQuery q, Long[] scope, int limit, long offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = SELECT + where(q, scope, params) + " order by e.full_name, e.id";
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(sql + " limit :limit offset :offset")
        .params(params)
        .query(ExpertRepository::map)
        .list();
  }

  long count(RosterQuery q, Long[] scope) {
    Map<String, Object> params = new LinkedHashMap<>();
    return jdbc.sql("select count(*) from ta_expert e" + where(q, scope, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /** The deployments of these experts that match the search, newest first. */
  List<Deployment> matchingDeployments(RosterQuery q, Long[] scope, Long[] experts) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scope", scope);
    params.put("experts", experts);
    String sql =
        DEPLOYMENTS
            + " where d.expert_id = any(:experts)"
            + deploymentConditions(q, params)
            + " order by d.start_date desc, d.id desc";
    return jdbc.sql(sql).params(params).query(ExpertRepository::deployment).list();
  }

  /** An expert's deployments on actions in scope, newest first. */
  List<Deployment> deploymentsOf(long expertId, Long[] scope) {
    return jdbc.sql(
            DEPLOYMENTS
                + " where d.expert_id = ? and x.owner_org_unit_id = any(?)"
                + " order by d.start_date desc, d.id desc")
        .params(expertId, scope)
        .query(ExpertRepository::deployment)
        .list();
  }

  List<Deployment> deploymentsOn(long activityId) {
    return jdbc.sql(DEPLOYMENTS + " where d.activity_id = ? order by e.full_name")
        .param(activityId)
        .query(ExpertRepository::deployment)
        .list();
  }

  /** The nationalities of the experts deployed on each action, by action id. */
  Map<Long, List<String>> nationalitiesByAction(List<Long> actionIds) {
    Map<Long, List<String>> result = new LinkedHashMap<>();
    jdbc.sql(
            "select a.action_id, array_agg(distinct e.nationality order by e.nationality) as n"
                + " from ta_deployment d join ta_activity a on a.id = d.activity_id"
                + " join ta_expert e on e.id = d.expert_id where a.action_id = any(?)"
                + " group by a.action_id")
        .param(actionIds.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong("action_id"), strings(rs, "n"));
            });
    return result;
  }

  /** Takes the expert's row lock, so two deployments of one expert are checked one at a time. */
  void lock(long expertId) {
    jdbc.sql("select id from ta_expert where id = ? for update")
        .param(expertId)
        .query()
        .listOfRows();
  }

  /** Another deployment of the expert on any of these days, if there is one. */
  Optional<Deployment> overlapping(long expertId, LocalDate start, LocalDate end) {
    return jdbc.sql(
            DEPLOYMENTS
                + " where d.expert_id = ? and d.start_date <= ? and d.end_date >= ?"
                + " order by d.start_date limit 1")
        .params(expertId, Date.valueOf(end), Date.valueOf(start))
        .query(ExpertRepository::deployment)
        .optional();
  }

  long insertDeployment(long activityId, DeploymentDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ta_deployment (activity_id, expert_id, start_date, end_date,"
                + " days_worked, created_by) values (?, ?, ?, ?, ?, ?)")
        .params(
            activityId,
            d.expertId(),
            Date.valueOf(d.startDate()),
            Date.valueOf(d.endDate()),
            d.daysWorked(),
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  long insert(ExpertDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ta_expert (owner_org_unit_id, full_name, employer, employer_kind,"
                + " nationality, expertise, languages, email, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.ownerOrgUnitId(),
            d.fullName(),
            d.employer(),
            d.employerKind().name(),
            d.nationality(),
            d.expertise().stream().map(Enum::name).sorted().toArray(String[]::new),
            d.languages().toArray(String[]::new),
            d.email(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ExpertDraft d, String actor) {
    int n =
        jdbc.sql(
                "update ta_expert set owner_org_unit_id = ?, full_name = ?, employer = ?,"
                    + " employer_kind = ?, nationality = ?, expertise = ?, languages = ?,"
                    + " email = ?, version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.ownerOrgUnitId(),
                d.fullName(),
                d.employer(),
                d.employerKind().name(),
                d.nationality(),
                d.expertise().stream().map(Enum::name).sorted().toArray(String[]::new),
                d.languages().toArray(String[]::new),
                d.email(),
                actor,
                id,
                version)
            .update();
    if (n == 0) {
      throw new OptimisticLockingFailureException("ta_expert " + id + " changed meanwhile");
    }
  }

  static Expert map(ResultSet rs, int row) throws SQLException {
    return new Expert(
        rs.getLong("id"),
        rs.getLong("owner_org_unit_id"),
        rs.getString("full_name"),
        rs.getString("employer"),
        EmployerKind.valueOf(rs.getString("employer_kind")),
        rs.getString("nationality"),
        strings(rs, "expertise").stream().map(ActionTheme::valueOf).toList(),
        strings(rs, "languages"),
        rs.getString("email"),
        rs.getInt("version"));
  }

  static Deployment deployment(ResultSet rs, int row) throws SQLException {
    return new Deployment(
        rs.getLong("id"),
        rs.getLong("expert_id"),
        rs.getString("full_name"),
        rs.getString("employer"),
        rs.getString("nationality"),
        rs.getLong("activity_id"),
        ActivityKind.valueOf(rs.getString("kind")),
        rs.getString("activity_title"),
        rs.getLong("action_id"),
        rs.getString("action_title"),
        strings(rs, "country_codes"),
        localDate(rs, "start_date"),
        localDate(rs, "end_date"),
        rs.getBigDecimal("days_worked"));
  }
}
