package org.safar.assistance;

import static org.safar.assistance.ActionRepository.date;
import static org.safar.assistance.ActionRepository.localDate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for activities. */
@Repository
class ActivityRepository {

  private static final String SELECT =
      "select a.id, a.action_id, a.kind, a.title, a.start_date, a.end_date, a.place,"
          + " a.host_country, a.women, a.men, a.other_sex, a.pre_test_score, a.post_test_score,"
          + " a.notes, a.version from ta_activity a";

  private final JdbcClient jdbc;

  ActivityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<AssistanceActivity> findById(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(ActivityRepository::map).optional();
  }

  List<AssistanceActivity> ofAction(long actionId) {
    return jdbc.sql(SELECT + " where a.action_id = ? order by a.start_date, a.id")
        .param(actionId)
        .query(ActivityRepository::map)
        .list();
  }

  /** Activities of actions in scope that overlap the days from {@code from} to {@code to}. */
  List<CalendarEntry> between(Long[] scope, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select a.id, a.action_id, a.kind, a.title, a.start_date, a.end_date, a.place,"
                + " a.host_country, a.women, a.men, a.other_sex, a.pre_test_score,"
                + " a.post_test_score, a.notes, a.version, x.title as action_title,"
                + " x.country_codes from ta_activity a join ta_action x on x.id = a.action_id"
                + " where x.owner_org_unit_id = any(?) and a.start_date <= ? and a.end_date >= ?"
                + " order by a.start_date, a.id limit 500")
        .params(scope, Date.valueOf(to), Date.valueOf(from))
        .query(
            (rs, n) ->
                new CalendarEntry(
                    map(rs, n),
                    rs.getString("action_title"),
                    ActionRepository.strings(rs, "country_codes")))
        .list();
  }

  long insert(long actionId, ActivityDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ta_activity (action_id, kind, title, start_date, end_date, place,"
                + " host_country, women, men, other_sex, pre_test_score, post_test_score, notes,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            actionId,
            d.kind().name(),
            d.title(),
            Date.valueOf(d.startDate()),
            Date.valueOf(d.endDate()),
            d.place(),
            d.hostCountry(),
            d.women(),
            d.men(),
            d.otherSex(),
            d.preTestScore(),
            d.postTestScore(),
            d.notes(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ActivityDraft d, String actor) {
    int n =
        jdbc.sql(
                "update ta_activity set kind = ?, title = ?, start_date = ?, end_date = ?,"
                    + " place = ?, host_country = ?, women = ?, men = ?, other_sex = ?,"
                    + " pre_test_score = ?, post_test_score = ?, notes = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.kind().name(),
                d.title(),
                Date.valueOf(d.startDate()),
                Date.valueOf(d.endDate()),
                d.place(),
                d.hostCountry(),
                d.women(),
                d.men(),
                d.otherSex(),
                d.preTestScore(),
                d.postTestScore(),
                d.notes(),
                actor,
                id,
                version)
            .update();
    if (n == 0) {
      throw new OptimisticLockingFailureException("ta_activity " + id + " changed meanwhile");
    }
  }

  /** How many deployments on the activity would lie outside these dates. */
  long deploymentsOutside(long activityId, LocalDate start, LocalDate end) {
    return jdbc.sql(
            "select count(*) from ta_deployment where activity_id = ?"
                + " and (start_date < ? or end_date > ?)")
        .params(activityId, Date.valueOf(start), date(end))
        .query(Long.class)
        .single();
  }

  static AssistanceActivity map(ResultSet rs, int row) throws SQLException {
    return new AssistanceActivity(
        rs.getLong("id"),
        rs.getLong("action_id"),
        ActivityKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        localDate(rs, "start_date"),
        localDate(rs, "end_date"),
        rs.getString("place"),
        rs.getString("host_country"),
        rs.getObject("women", Integer.class),
        rs.getObject("men", Integer.class),
        rs.getObject("other_sex", Integer.class),
        rs.getBigDecimal("pre_test_score"),
        rs.getBigDecimal("post_test_score"),
        rs.getString("notes"),
        rs.getInt("version"));
  }
}
