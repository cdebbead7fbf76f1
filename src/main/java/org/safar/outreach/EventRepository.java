package org.safar.outreach;

import java.sql.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for outreach events and their attendance. */
@Repository
class EventRepository {

  static final String FROM =
      " from outreach_event e join programme p on p.id = e.project_id"
          + " join org_unit u on u.id = e.org_unit_id"
          + " left join outreach_campaign c on c.id = e.campaign_id";

  static final String PEOPLE =
      "coalesce((select sum(a.people) from outreach_attendance a where a.event_id = e.id), 0)";

  private final JdbcClient jdbc;

  EventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(EventDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into outreach_event (campaign_id, project_id, org_unit_id, kind, held_on,"
                + " place, reach, notes, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.campaignId(),
            d.projectId(),
            d.orgUnitId(),
            d.kind().name(),
            Date.valueOf(d.heldOn()),
            d.place(),
            d.reach(),
            d.notes(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    writeCounts(id, d.counts());
    return id;
  }

  void update(long id, int version, EventDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update outreach_event set campaign_id = ?, project_id = ?, org_unit_id = ?,"
                    + " kind = ?, held_on = ?, place = ?, reach = ?, notes = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.campaignId(),
                d.projectId(),
                d.orgUnitId(),
                d.kind().name(),
                Date.valueOf(d.heldOn()),
                d.place(),
                d.reach(),
                d.notes(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Event " + id + " changed meanwhile");
    }
    jdbc.sql("delete from outreach_attendance where event_id = ?").param(id).update();
    writeCounts(id, d.counts());
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from outreach_event where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  private void writeCounts(long id, Map<String, Integer> counts) {
    for (var e : counts.entrySet()) {
      String[] cell = e.getKey().split("/");
      jdbc.sql(
              "insert into outreach_attendance (event_id, sex, age_band, people)"
                  + " values (?, ?, ?, ?)")
          .params(id, cell[0], cell[1], e.getValue())
          .update();
    }
  }

  Optional<OutreachEvent> findById(long id) {
    Map<Sex, Map<AgeBand, Integer>> counts = new EnumMap<>(Sex.class);
    jdbc.sql("select sex, age_band, people from outreach_attendance where event_id = ?")
        .param(id)
        .query(
            rs -> {
              counts
                  .computeIfAbsent(
                      Sex.valueOf(rs.getString("sex")), s -> new EnumMap<>(AgeBand.class))
                  .put(AgeBand.valueOf(rs.getString("age_band")), rs.getInt("people"));
            });
    return jdbc.sql(
            "select e.*, c.title as campaign_title, p.title as project_title,"
                + " u.name as unit_name"
                + FROM
                + " where e.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new OutreachEvent(
                    rs.getLong("id"),
                    rs.getObject("campaign_id", Long.class),
                    rs.getString("campaign_title"),
                    rs.getLong("project_id"),
                    rs.getString("project_title"),
                    rs.getLong("org_unit_id"),
                    rs.getString("unit_name"),
                    EventKind.valueOf(rs.getString("kind")),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getString("place"),
                    rs.getLong("reach"),
                    rs.getString("notes"),
                    counts,
                    rs.getInt("version")))
        .optional();
  }

  List<EventRow> search(Sql where, int limit, long offset) {
    return where
        .bind(
            jdbc.sql(
                "select e.id, e.held_on, e.kind, e.place, e.campaign_id, c.title as campaign_title,"
                    + " p.title as project_title, u.name as unit_name, e.reach, "
                    + PEOPLE
                    + " as people"
                    + FROM
                    + where.where()
                    + " order by e.held_on desc, e.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new EventRow(
                    rs.getLong("id"),
                    rs.getDate("held_on").toLocalDate(),
                    EventKind.valueOf(rs.getString("kind")),
                    rs.getString("place"),
                    rs.getObject("campaign_id", Long.class),
                    rs.getString("campaign_title"),
                    rs.getString("project_title"),
                    rs.getString("unit_name"),
                    rs.getLong("people"),
                    rs.getLong("reach")))
        .list();
  }

  long count(Sql where) {
    return where
        .bind(jdbc.sql("select count(*) from outreach_event e" + where.where()))
        .query(Long.class)
        .single();
  }

  /** Persons and reach over the events that match: two figures, never one sum. */
  long[] totals(Sql where) {
    return where
        .bind(
            jdbc.sql(
                "select coalesce(sum("
                    + PEOPLE
                    + "), 0), coalesce(sum(e.reach), 0) from outreach_event e"
                    + where.where()))
        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }
}
