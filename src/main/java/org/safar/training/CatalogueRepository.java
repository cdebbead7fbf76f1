package org.safar.training;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for what trainings refer to: series, curriculum modules, and the portfolio's projects and
 * components. The projects are read here rather than through {@code Portfolio}, whose search is
 * limited to the reader's org units; the portfolio's entries are owned by the network, so an MRC
 * coordinator would otherwise have no project to record a training under. Only id, code, title and
 * level are read.
 */
@Repository
class CatalogueRepository {

  private final JdbcClient jdbc;

  CatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ProjectChoice> projects() {
    return jdbc.sql(
            "select c.id, c.code, c.title, c.level from programme c"
                + " where c.level in ('PROJECT', 'COMPONENT') order by lower(c.code)")
        .query(
            (rs, n) ->
                new ProjectChoice(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("title"),
                    rs.getString("level")))
        .list();
  }

  Optional<ProjectChoice> project(long id) {
    return projects().stream().filter(p -> p.id() == id).findFirst();
  }

  long insertSeries(long orgUnitId, String name, String description, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into training_series (org_unit_id, name, description, created_by)"
                + " values (?, ?, ?, ?)")
        .params(orgUnitId, name, description, actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  List<TrainingSeries> series(Long[] scope) {
    return jdbc.sql(
            "select s.id, s.org_unit_id, u.name as unit, s.name, s.description,"
                + " (select count(*) from training t where t.series_id = s.id) as n"
                + " from training_series s join org_unit u on u.id = s.org_unit_id"
                + " where s.org_unit_id = any(?) order by lower(s.name), s.id")
        .param(scope)
        .query(
            (rs, n) ->
                new TrainingSeries(
                    rs.getLong("id"),
                    rs.getLong("org_unit_id"),
                    rs.getString("unit"),
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getLong("n")))
        .list();
  }

  Optional<TrainingSeries> seriesById(long id) {
    return jdbc.sql(
            "select s.id, s.org_unit_id, u.name as unit, s.name, s.description,"
                + " (select count(*) from training t where t.series_id = s.id) as n"
                + " from training_series s join org_unit u on u.id = s.org_unit_id where s.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new TrainingSeries(
                    rs.getLong("id"),
                    rs.getLong("org_unit_id"),
                    rs.getString("unit"),
                    rs.getString("name"),
                    rs.getString("description"),
                    rs.getLong("n")))
        .optional();
  }

  long insertModule(String code, String title, String summary, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into training_module (code, title, summary, created_by) values (?, ?, ?, ?)")
        .params(code, title, summary, actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  boolean moduleCodeTaken(String code) {
    return jdbc.sql("select count(*) from training_module where lower(code) = lower(?)")
            .param(code)
            .query(Long.class)
            .single()
        > 0;
  }

  List<TrainingModule> modules() {
    return jdbc.sql("select id, code, title, summary from training_module order by lower(code)")
        .query(
            (rs, n) ->
                new TrainingModule(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("title"),
                    rs.getString("summary")))
        .list();
  }
}
