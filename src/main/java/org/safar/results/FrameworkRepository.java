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

/** SQL for frameworks and their results. */
@Repository
class FrameworkRepository {

  private static final String SELECT =
      "select id, programme_id, org_unit_ids, starts_on, ends_on, gender_marker,"
          + " human_rights_marker, child_marker, version from results_framework";

  private final JdbcClient jdbc;

  FrameworkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ResultsFramework> findById(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(FrameworkRepository::map).optional();
  }

  Optional<ResultsFramework> findByProgramme(long programmeId) {
    return jdbc.sql(SELECT + " where programme_id = ?")
        .param(programmeId)
        .query(FrameworkRepository::map)
        .optional();
  }

  /** The frameworks of the projects (and components) directly under a programme. */
  List<ResultsFramework> underProgramme(long programmeId) {
    return jdbc.sql(
            SELECT
                + " where programme_id in (select id from programme where parent_id = ?)"
                + " order by id")
        .param(programmeId)
        .query(FrameworkRepository::map)
        .list();
  }

  private static final String PROJECTS =
      " from programme p left join programme parent on parent.id = p.parent_id"
          + " left join results_framework f on f.programme_id = p.id"
          + " where p.level <> 'PROGRAMME' and p.owner_org_unit_id = any(:scope)"
          + " and (cast(:q as text) is null or lower(p.title) like :q or lower(p.code) like :q"
          + "   or lower(parent.title) like :q)"
          + " and (not :framed or f.id is not null)";

  /** Projects and components in scope, those with a framework first, then by title. */
  List<ProjectRow> projects(Long[] scope, String like, boolean framed, int limit, long offset) {
    return jdbc.sql(
            "select p.id, p.code, p.title, parent.title as parent_title, f.id as framework_id,"
                + " f.starts_on, f.ends_on,"
                + " (select count(*) from indicator i where i.framework_id = f.id) as indicators"
                + PROJECTS
                + " order by (f.id is null), p.title, p.id limit :limit offset :offset")
        .param("scope", scope)
        .param("q", like)
        .param("framed", framed)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new ProjectRow(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("title"),
                    rs.getString("parent_title"),
                    rs.getObject("framework_id", Long.class),
                    rs.getObject("starts_on", java.time.LocalDate.class),
                    rs.getObject("ends_on", java.time.LocalDate.class),
                    rs.getInt("indicators")))
        .list();
  }

  long countProjects(Long[] scope, String like, boolean framed) {
    return jdbc.sql("select count(*)" + PROJECTS)
        .param("scope", scope)
        .param("q", like)
        .param("framed", framed)
        .query(Long.class)
        .single();
  }

  long insert(ResultsFramework f, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into results_framework (programme_id, org_unit_ids, starts_on, ends_on,"
                + " gender_marker, human_rights_marker, child_marker, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            f.programmeId(),
            f.orgUnitIds().toArray(Long[]::new),
            Date.valueOf(f.startsOn()),
            Date.valueOf(f.endsOn()),
            f.genderMarker(),
            f.humanRightsMarker(),
            f.childMarker(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  boolean update(long id, int version, ResultsFramework f, String actor) {
    return jdbc.sql(
                "update results_framework set org_unit_ids = ?, starts_on = ?, ends_on = ?,"
                    + " gender_marker = ?, human_rights_marker = ?, child_marker = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                f.orgUnitIds().toArray(Long[]::new),
                Date.valueOf(f.startsOn()),
                Date.valueOf(f.endsOn()),
                f.genderMarker(),
                f.humanRightsMarker(),
                f.childMarker(),
                actor,
                id,
                version)
            .update()
        == 1;
  }

  List<ResultNode> results(long frameworkId) {
    return jdbc.sql(
            "select id, framework_id, parent_id, level, code, title from result_node"
                + " where framework_id = ? order by code, id")
        .param(frameworkId)
        .query(
            (rs, n) ->
                new ResultNode(
                    rs.getLong("id"),
                    rs.getLong("framework_id"),
                    rs.getObject("parent_id", Long.class),
                    ResultLevel.valueOf(rs.getString("level")),
                    rs.getString("code"),
                    rs.getString("title")))
        .list();
  }

  long insertResult(ResultNode r, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into result_node (framework_id, parent_id, level, code, title, created_by)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(r.frameworkId(), r.parentId(), r.level().name(), r.code(), r.title(), actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * A result; when {@code lock}, locked until the transaction ends (no child or indicator can be
   * added under it meanwhile).
   */
  Optional<ResultNode> findResult(long id, boolean lock) {
    return jdbc.sql(
            "select id, framework_id, parent_id, level, code, title from result_node"
                + " where id = ?"
                + (lock ? " for update" : ""))
        .param(id)
        .query(
            (rs, n) ->
                new ResultNode(
                    rs.getLong("id"),
                    rs.getLong("framework_id"),
                    rs.getObject("parent_id", Long.class),
                    ResultLevel.valueOf(rs.getString("level")),
                    rs.getString("code"),
                    rs.getString("title")))
        .optional();
  }

  /** The results directly under a result, and the indicators measuring it. */
  int[] resultDependants(long id) {
    return jdbc.sql(
            "select (select count(*) from result_node where parent_id = :id),"
                + " (select count(*) from indicator where result_id = :id)")
        .param("id", id)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
        .single();
  }

  void deleteResult(long id) {
    jdbc.sql("delete from result_node where id = ?").param(id).update();
  }

  private static ResultsFramework map(ResultSet rs, int row) throws SQLException {
    return new ResultsFramework(
        rs.getLong("id"),
        rs.getLong("programme_id"),
        Arrays.asList((Long[]) rs.getArray("org_unit_ids").getArray()),
        rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(),
        rs.getInt("gender_marker"),
        rs.getInt("human_rights_marker"),
        rs.getInt("child_marker"),
        rs.getInt("version"));
  }
}
