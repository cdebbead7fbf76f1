package org.safar.counselling;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for counselling sessions and their topics. */
@Repository
class CounsellingSessionRepository {

  private final JdbcClient jdbc;

  private final ProtectedReads protectedReads;

  CounsellingSessionRepository(JdbcClient jdbc, ProtectedReads protectedReads) {
    this.jdbc = jdbc;
    this.protectedReads = protectedReads;
  }

  long insert(long clientId, long mrcId, long counsellorId, SessionDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into counselling_session (client_id, mrc_id, counsellor_id, inquiry_id, channel,"
                + " held_on, duration_minutes, topics, materials, notes, referral_needed, next_step,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            clientId,
            mrcId,
            counsellorId,
            d.inquiryId(),
            d.channel().name(),
            Date.valueOf(d.heldOn()),
            d.durationMinutes(),
            codes(d.topics()),
            d.materials(),
            d.notes(),
            d.referralNeeded(),
            d.nextStep(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * The conditions of the filters that are set, and only those: a constant "is null or" in the SQL
   * leaves the planner fewer ways to use the indexes. The topics are a column of the session, so a
   * topic filter checks the rows a page or count reads anyway.
   */
  static String where(SessionFilter f) {
    StringBuilder sql = new StringBuilder(" where s.mrc_id = any(:scope)");
    if (f.mrcId() != null) {
      sql.append(" and s.mrc_id = :mrc");
    }
    if (f.channel() != null) {
      sql.append(" and s.channel = :channel");
    }
    if (f.counsellorId() != null) {
      sql.append(" and s.counsellor_id = :counsellor");
    }
    if (f.from() != null) {
      sql.append(" and s.held_on >= :fromDay");
    }
    if (f.to() != null) {
      sql.append(" and s.held_on <= :toDay");
    }
    if (f.topic() != null) {
      sql.append(" and s.topics @> array[cast(:topic as text)]");
    }
    return sql.toString();
  }

  /** Sessions in scope, newest (or oldest) first. */
  List<SessionRow> search(SessionFilter f, Long[] scope, int limit, long offset) {
    return bind(
            jdbc.sql(
                "select s.id, s.client_id, coalesce(c.full_name, c.pseudonym) as client_name,"
                    + " s.counsellor_id, s.channel, s.held_on, s.duration_minutes, s.topics,"
                    + ProtectedReads.COLUMNS
                    + " from counselling_session s join client c on c.id = s.client_id"
                    + ProtectedReads.JOIN
                    + where(f)
                    + order(f)
                    + " limit :limit offset :offset"),
            f,
            scope)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new SessionRow(
                    rs.getLong("id"),
                    rs.getLong("client_id"),
                    protectedReads.hidden(rs, rs.getLong("client_id"))
                        ? null
                        : rs.getString("client_name"),
                    rs.getLong("counsellor_id"),
                    Channel.valueOf(rs.getString("channel")),
                    rs.getDate("held_on").toLocalDate(),
                    rs.getInt("duration_minutes"),
                    topics(rs)))
        .list();
  }

  static String order(SessionFilter f) {
    return f.sort() == SortOrder.OLDEST
        ? " order by s.held_on, s.id"
        : " order by s.held_on desc, s.id desc";
  }

  long count(SessionFilter f, Long[] scope) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from counselling_session s"
                    + where(f)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            f,
            scope)
        .query(Long.class)
        .single();
  }

  /** Binds every filter; the statement uses those that are set. */
  static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, SessionFilter f, Long[] scope) {
    return sql.param("scope", scope)
        .param("mrc", f.mrcId())
        .param("channel", f.channel() == null ? null : f.channel().name())
        .param("counsellor", f.counsellorId())
        .param("fromDay", f.from() == null ? null : Date.valueOf(f.from()))
        .param("toDay", f.to() == null ? null : Date.valueOf(f.to()))
        .param("topic", f.topic() == null ? null : f.topic().name());
  }

  /** Topic codes in the vocabulary's order, as the row stores them. */
  private static String[] codes(Set<Topic> topics) {
    return topics.stream().sorted().map(Topic::name).toArray(String[]::new);
  }

  private static Set<Topic> topics(ResultSet rs) throws SQLException {
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    Arrays.stream((String[]) rs.getArray("topics").getArray())
        .map(Topic::valueOf)
        .forEach(topics::add);
    return topics;
  }

  Optional<CounsellingSession> findById(long id) {
    return jdbc.sql(SESSION + " where s.id = ?").param(id).query(this::map).optional();
  }

  /**
   * Changes what was recorded about the session, its topics included; fails if someone saved it
   * since {@code version} was read.
   */
  void update(long id, int version, SessionDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update counselling_session set channel = ?, held_on = ?, duration_minutes = ?,"
                    + " topics = ?, materials = ?, notes = ?, referral_needed = ?, next_step = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.channel().name(),
                Date.valueOf(d.heldOn()),
                d.durationMinutes(),
                codes(d.topics()),
                d.materials(),
                d.notes(),
                d.referralNeeded(),
                d.nextStep(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Session " + id + " changed meanwhile");
    }
  }

  List<CounsellingSession> ofClient(long clientId) {
    return jdbc.sql(SESSION + " where s.client_id = ? order by s.held_on desc, s.id desc")
        .param(clientId)
        .query(this::map)
        .list();
  }

  /** A session with the protection of its client. */
  private static final String SESSION =
      "select s.*,"
          + ProtectedReads.COLUMNS
          + " from counselling_session s left join protected_case pc on pc.client_id = s.client_id";

  private CounsellingSession map(ResultSet rs, int row) throws SQLException {
    Set<Topic> topics = topics(rs);
    boolean hidden = protectedReads.hidden(rs, rs.getLong("client_id"));
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
        hidden ? null : rs.getString("materials"),
        hidden ? null : rs.getString("notes"),
        rs.getBoolean("referral_needed"),
        hidden ? null : rs.getString("next_step"),
        rs.getInt("version"),
        hidden);
  }
}
