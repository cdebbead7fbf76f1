package org.safar.counselling;

import java.sql.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for group sessions, their topics, head counts and registered attendees. */
@Repository
class GroupSessionRepository {

  private final JdbcClient jdbc;

  private final ClientRepository clients;

  GroupSessionRepository(JdbcClient jdbc, ClientRepository clients) {
    this.jdbc = jdbc;
    this.clients = clients;
  }

  long insert(GroupSessionDraft d, long facilitatorId, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into group_session (mrc_id, kind, held_on, place, facilitator_id, notes,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.mrcId(),
            d.kind().name(),
            Date.valueOf(d.heldOn()),
            d.place(),
            facilitatorId,
            d.notes(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    writeTopicsAndCounts(id, d);
    return id;
  }

  /**
   * Changes what was recorded about the session, its topics and head counts included; fails if
   * someone saved it since {@code version} was read. Registered attendees stay as they are.
   */
  void update(long id, int version, GroupSessionDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update group_session set kind = ?, held_on = ?, place = ?, notes = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.kind().name(), Date.valueOf(d.heldOn()), d.place(), d.notes(), actor, id, version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Group session " + id + " changed meanwhile");
    }
    jdbc.sql("delete from group_session_topic where group_session_id = ?").param(id).update();
    jdbc.sql("delete from group_attendance where group_session_id = ?").param(id).update();
    writeTopicsAndCounts(id, d);
  }

  private void writeTopicsAndCounts(long id, GroupSessionDraft d) {
    for (Topic t : d.topics()) {
      jdbc.sql("insert into group_session_topic (group_session_id, topic) values (?, ?)")
          .params(id, t.name())
          .update();
    }
    for (var e : d.counts().entrySet()) {
      String[] cell = e.getKey().split("/");
      jdbc.sql(
              "insert into group_attendance (group_session_id, sex, age_band, people)"
                  + " values (?, ?, ?, ?)")
          .params(id, cell[0], cell[1], e.getValue())
          .update();
    }
  }

  /** Adds a registered client; false if they were listed already. */
  boolean addAttendee(long groupSessionId, long clientId) {
    return jdbc.sql(
                "insert into group_attendee (group_session_id, client_id) values (?, ?)"
                    + " on conflict do nothing")
            .params(groupSessionId, clientId)
            .update()
        == 1;
  }

  void removeAttendee(long groupSessionId, long clientId) {
    jdbc.sql("delete from group_attendee where group_session_id = ? and client_id = ?")
        .params(groupSessionId, clientId)
        .update();
  }

  Optional<GroupSession> findById(long id) {
    return jdbc.sql(
            "select id, mrc_id, kind, held_on, place, facilitator_id, notes, version from group_session"
                + " where id = ?")
        .param(id)
        .query(
            (rs, n) -> {
              long gid = rs.getLong("id");
              return new GroupSession(
                  gid,
                  rs.getLong("mrc_id"),
                  GroupSessionKind.valueOf(rs.getString("kind")),
                  rs.getDate("held_on").toLocalDate(),
                  rs.getString("place"),
                  rs.getLong("facilitator_id"),
                  rs.getString("notes"),
                  Set.of(),
                  Map.of(),
                  List.of(),
                  rs.getInt("version"));
            })
        .optional()
        .map(this::withDetails);
  }

  private GroupSession withDetails(GroupSession g) {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    jdbc.sql("select topic from group_session_topic where group_session_id = ?")
        .param(g.id())
        .query(String.class)
        .list()
        .forEach(t -> topics.add(Topic.valueOf(t)));
    Map<Sex, Map<AgeBand, Integer>> counts = new EnumMap<>(Sex.class);
    jdbc.sql("select sex, age_band, people from group_attendance where group_session_id = ?")
        .param(g.id())
        .query(
            rs -> {
              counts
                  .computeIfAbsent(
                      Sex.valueOf(rs.getString("sex")), s -> new EnumMap<>(AgeBand.class))
                  .put(AgeBand.valueOf(rs.getString("age_band")), rs.getInt("people"));
            });
    List<Client> attendees =
        jdbc.sql(
                ClientRepository.SELECT
                    + " join group_attendee a on a.client_id = c.id where a.group_session_id = ?"
                    + " order by pc.client_id is not null, lower(coalesce(c.full_name, c.pseudonym))")
            .param(g.id())
            .query(clients::map)
            .list();
    return g.withDetails(topics, counts, attendees);
  }

  /** Group sessions at the MRCs in scope, newest first, with head count and attendee count. */
  List<GroupSessionRow> search(Long[] scope, Long mrcId, int limit, long offset) {
    return jdbc.sql(
            "select g.id, g.mrc_id, g.kind, g.held_on, g.place,"
                + " coalesce((select sum(people) from group_attendance a where a.group_session_id = g.id), 0)"
                + " as people,"
                + " (select count(*) from group_attendee a where a.group_session_id = g.id) as registered"
                + " from group_session g where g.mrc_id = any(:scope)"
                + " and (cast(:mrc as bigint) is null or g.mrc_id = :mrc)"
                + " order by g.held_on desc, g.id desc limit :limit offset :offset")
        .param("scope", scope)
        .param("mrc", mrcId)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new GroupSessionRow(
                    rs.getLong("id"),
                    rs.getLong("mrc_id"),
                    GroupSessionKind.valueOf(rs.getString("kind")),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getString("place"),
                    rs.getLong("people"),
                    rs.getLong("registered")))
        .list();
  }

  long count(Long[] scope, Long mrcId) {
    return jdbc.sql(
            "select count(*) from group_session g where g.mrc_id = any(:scope)"
                + " and (cast(:mrc as bigint) is null or g.mrc_id = :mrc)")
        .param("scope", scope)
        .param("mrc", mrcId)
        .query(Long.class)
        .single();
  }
}
