package org.safar.dialogue;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for dialogue meetings and their participants. */
@Repository
class MeetingRepository {

  static final String PEOPLE =
      "coalesce((select sum(x.people) from dialogue_participation x where x.meeting_id = t.id), 0)";
  static final String COUNTRIES =
      "(select count(distinct x.country_code) from dialogue_participation x"
          + " where x.meeting_id = t.id)";

  private final JdbcClient jdbc;

  MeetingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(MeetingDraft d, List<Participation> people, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into dialogue_meeting (project_id, org_unit_id, kind, title, held_on, place,"
                + " notes, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.projectId(),
            d.orgUnitId(),
            d.kind().name(),
            d.title(),
            Date.valueOf(d.heldOn()),
            d.place(),
            d.notes(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    write(id, people);
    return id;
  }

  void update(long id, int version, MeetingDraft d, List<Participation> people, String actor) {
    int changed =
        jdbc.sql(
                "update dialogue_meeting set project_id = ?, org_unit_id = ?, kind = ?, title = ?,"
                    + " held_on = ?, place = ?, notes = ?, version = version + 1,"
                    + " updated_at = now(), updated_by = ? where id = ? and version = ?")
            .params(
                d.projectId(),
                d.orgUnitId(),
                d.kind().name(),
                d.title(),
                Date.valueOf(d.heldOn()),
                d.place(),
                d.notes(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Meeting " + id + " changed meanwhile");
    }
    jdbc.sql("delete from dialogue_participation where meeting_id = ?").param(id).update();
    write(id, people);
  }

  private void write(long id, List<Participation> people) {
    for (Participation p : people) {
      jdbc.sql(
              "insert into dialogue_participation (meeting_id, country_code, organisation_type,"
                  + " people) values (?, ?, ?, ?)")
          .params(id, p.countryCode(), p.organisationType().name(), p.people())
          .update();
    }
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from dialogue_meeting where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  Optional<Meeting> findById(long id) {
    List<Participation> people =
        jdbc.sql(
                "select country_code, organisation_type, people from dialogue_participation"
                    + " where meeting_id = ? order by country_code, organisation_type")
            .param(id)
            .query(
                (rs, n) ->
                    new Participation(
                        rs.getString(1), OrganisationType.valueOf(rs.getString(2)), rs.getInt(3)))
            .list();
    return jdbc.sql(
            "select t.*, p.title as project_title, u.name as unit_name from dialogue_meeting t"
                + " join programme p on p.id = t.project_id join org_unit u on u.id = t.org_unit_id"
                + " where t.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Meeting(
                    rs.getLong("id"),
                    rs.getLong("project_id"),
                    rs.getString("project_title"),
                    rs.getLong("org_unit_id"),
                    rs.getString("unit_name"),
                    MeetingKind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getString("place"),
                    rs.getString("notes"),
                    people,
                    rs.getInt("version")))
        .optional();
  }

  List<MeetingRow> search(Where w, int limit, long offset) {
    return w.bind(
            jdbc.sql(
                "select t.id, t.held_on, t.kind, t.title, t.place, p.title as project_title, "
                    + PEOPLE
                    + " as people, "
                    + COUNTRIES
                    + " as countries from dialogue_meeting t join programme p on p.id = t.project_id"
                    + w.sql()
                    + " order by t.held_on desc, t.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new MeetingRow(
                    rs.getLong("id"),
                    rs.getDate("held_on").toLocalDate(),
                    MeetingKind.valueOf(rs.getString("kind")),
                    rs.getString("title"),
                    rs.getString("place"),
                    rs.getString("project_title"),
                    rs.getLong("people"),
                    rs.getLong("countries")))
        .list();
  }

  long count(Where w) {
    return w.bind(jdbc.sql("select count(*) from dialogue_meeting t" + w.sql()))
        .query(Long.class)
        .single();
  }
}
