package org.safar.counselling;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for follow-ups. */
@Repository
class FollowUpRepository {

  private static final String SELECT =
      "select f.id, f.client_id, coalesce(c.full_name, c.pseudonym) as client_name, f.mrc_id,"
          + " f.counsellor_id, f.due_on, f.status, f.done_at, f.reached, f.outcome,"
          + ProtectedReads.COLUMNS
          + " from follow_up f join client c on c.id = f.client_id"
          + ProtectedReads.JOIN;

  private final JdbcClient jdbc;

  private final ProtectedReads protectedReads;

  FollowUpRepository(JdbcClient jdbc, ProtectedReads protectedReads) {
    this.jdbc = jdbc;
    this.protectedReads = protectedReads;
  }

  long schedule(
      long clientId, long mrcId, long counsellorId, Long sessionId, LocalDate dueOn, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into follow_up (client_id, mrc_id, counsellor_id, session_id, due_on,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(clientId, mrcId, counsellorId, sessionId, Date.valueOf(dueOn), actor, actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  Optional<FollowUp> findById(long id) {
    return jdbc.sql(SELECT + " where f.id = ?").param(id).query(this::map).optional();
  }

  /** A counsellor's follow-ups due on or before the day, oldest first. */
  List<FollowUp> dueBy(long counsellorId, LocalDate day, Long[] scope) {
    return jdbc.sql(
            SELECT
                + " where f.counsellor_id = ? and f.status = 'DUE' and f.due_on <= ?"
                + " and f.mrc_id = any(?) order by f.due_on, f.id limit 200")
        .params(counsellorId, Date.valueOf(day), scope)
        .query(this::map)
        .list();
  }

  List<FollowUp> ofClient(long clientId) {
    return jdbc.sql(SELECT + " where f.client_id = ? order by f.due_on desc, f.id desc")
        .param(clientId)
        .query(this::map)
        .list();
  }

  /** Marks a due follow-up done; fails if someone recorded it meanwhile. */
  void complete(long id, FollowUpOutcome outcome, String actor) {
    int changed =
        jdbc.sql(
                "update follow_up set status = 'DONE', done_at = now(), reached = ?, outcome = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and status = 'DUE'")
            .params(outcome.reached(), outcome.outcome(), actor, id)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Follow-up " + id + " was recorded meanwhile");
    }
  }

  private FollowUp map(ResultSet rs, int row) throws SQLException {
    Timestamp done = rs.getTimestamp("done_at");
    boolean hidden = protectedReads.hidden(rs, rs.getLong("client_id"));
    return new FollowUp(
        rs.getLong("id"),
        rs.getLong("client_id"),
        hidden ? null : rs.getString("client_name"),
        rs.getLong("mrc_id"),
        rs.getLong("counsellor_id"),
        rs.getDate("due_on").toLocalDate(),
        rs.getString("status"),
        done == null ? null : done.toInstant(),
        rs.getObject("reached", Boolean.class),
        hidden ? null : rs.getString("outcome"),
        hidden);
  }
}
