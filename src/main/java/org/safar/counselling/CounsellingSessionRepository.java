package org.safar.counselling;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for counselling sessions and their topics. */
@Repository
class CounsellingSessionRepository {

  private final JdbcClient jdbc;

  CounsellingSessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long clientId, long mrcId, long counsellorId, SessionDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into counselling_session (client_id, mrc_id, counsellor_id, inquiry_id, channel,"
                + " held_on, duration_minutes, materials, notes, referral_needed, next_step,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            clientId,
            mrcId,
            counsellorId,
            d.inquiryId(),
            d.channel().name(),
            Date.valueOf(d.heldOn()),
            d.durationMinutes(),
            d.materials(),
            d.notes(),
            d.referralNeeded(),
            d.nextStep(),
            actor,
            actor)
        .update(keys, "id");
    long id = keys.getKeyAs(Long.class);
    for (Topic topic : d.topics()) {
      jdbc.sql("insert into session_topic (session_id, topic) values (?, ?)")
          .params(id, topic.name())
          .update();
    }
    return id;
  }

  private static final String LIST_WHERE =
      " where s.mrc_id = any(:scope)"
          + " and (cast(:mrc as bigint) is null or s.mrc_id = :mrc)"
          + " and (cast(:channel as text) is null or s.channel = :channel)"
          + " and (cast(:counsellor as bigint) is null or s.counsellor_id = :counsellor)"
          + " and (cast(:fromDay as date) is null or s.held_on >= :fromDay)"
          + " and (cast(:toDay as date) is null or s.held_on <= :toDay)"
          // "offset 0" keeps the check a per-row index probe along the date order; flattened into
          // a semi-join it would read every session of the topic (250,000 of 3,000,000)
          + " and (cast(:topic as text) is null or exists (select 1 from session_topic t"
          + "   where t.session_id = s.id and t.topic = :topic offset 0))";

  /** Sessions in scope, newest first. */
  List<SessionRow> search(SessionFilter f, Long[] scope, int limit, long offset) {
    return bind(
            jdbc.sql(
                "select s.id, s.client_id, coalesce(c.full_name, c.pseudonym) as client_name,"
                    + " s.counsellor_id, s.channel, s.held_on, s.duration_minutes,"
                    + " array(select t.topic from session_topic t where t.session_id = s.id"
                    + " order by t.topic) as topics"
                    + " from counselling_session s join client c on c.id = s.client_id"
                    + LIST_WHERE
                    + " order by s.held_on desc, s.id desc limit :limit offset :offset"),
            f,
            scope)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) -> {
              Set<Topic> topics = EnumSet.noneOf(Topic.class);
              Arrays.stream((String[]) rs.getArray("topics").getArray())
                  .map(Topic::valueOf)
                  .forEach(topics::add);
              return new SessionRow(
                  rs.getLong("id"),
                  rs.getLong("client_id"),
                  rs.getString("client_name"),
                  rs.getLong("counsellor_id"),
                  Channel.valueOf(rs.getString("channel")),
                  rs.getDate("held_on").toLocalDate(),
                  rs.getInt("duration_minutes"),
                  topics);
            })
        .list();
  }

  long count(SessionFilter f, Long[] scope) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from counselling_session s"
                    + LIST_WHERE
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            f,
            scope)
        .query(Long.class)
        .single();
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, SessionFilter f, Long[] scope) {
    return sql.param("scope", scope)
        .param("mrc", f.mrcId())
        .param("channel", f.channel() == null ? null : f.channel().name())
        .param("counsellor", f.counsellorId())
        .param("fromDay", f.from() == null ? null : Date.valueOf(f.from()))
        .param("toDay", f.to() == null ? null : Date.valueOf(f.to()))
        .param("topic", f.topic() == null ? null : f.topic().name());
  }

  List<CounsellingSession> ofClient(long clientId) {
    return jdbc.sql(
            "select s.*, array(select t.topic from session_topic t where t.session_id = s.id"
                + " order by t.topic) as topics from counselling_session s where s.client_id = ?"
                + " order by s.held_on desc, s.id desc")
        .param(clientId)
        .query(CounsellingSessionRepository::map)
        .list();
  }

  private static CounsellingSession map(ResultSet rs, int row) throws SQLException {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    Arrays.stream((String[]) rs.getArray("topics").getArray())
        .map(Topic::valueOf)
        .forEach(topics::add);
    return new CounsellingSession(
        rs.getLong("id"),
        rs.getLong("client_id"),
        rs.getLong("mrc_id"),
        rs.getLong("counsellor_id"),
        rs.getObject("inquiry_id", Long.class),
        Channel.valueOf(rs.getString("channel")),
        rs.getDate("held_on").toLocalDate(),
        rs.getInt("duration_minutes"),
        topics,
        rs.getString("materials"),
        rs.getString("notes"),
        rs.getBoolean("referral_needed"),
        rs.getString("next_step"));
  }
}
