package org.safar.assistance;

import static org.safar.assistance.ActionRepository.localDate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for deliverables. */
@Repository
class DeliverableRepository {

  private static final String SELECT =
      "select id, action_id, kind, title, status, status_date, version from ta_deliverable";

  private final JdbcClient jdbc;

  DeliverableRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Deliverable> findById(long id) {
    return jdbc.sql(SELECT + " where id = ?")
        .param(id)
        .query(DeliverableRepository::map)
        .optional();
  }

  List<Deliverable> ofAction(long actionId) {
    return jdbc.sql(SELECT + " where action_id = ? order by status_date, id")
        .param(actionId)
        .query(DeliverableRepository::map)
        .list();
  }

  long insert(long actionId, DeliverableDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into ta_deliverable (action_id, kind, title, status, status_date, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            actionId,
            d.kind().name(),
            d.title(),
            d.status().name(),
            Date.valueOf(d.statusDate()),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, DeliverableDraft d, String actor) {
    int n =
        jdbc.sql(
                "update ta_deliverable set kind = ?, title = ?, status = ?, status_date = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.kind().name(),
                d.title(),
                d.status().name(),
                Date.valueOf(d.statusDate()),
                actor,
                id,
                version)
            .update();
    if (n == 0) {
      throw new OptimisticLockingFailureException("ta_deliverable " + id + " changed meanwhile");
    }
  }

  static Deliverable map(ResultSet rs, int row) throws SQLException {
    return new Deliverable(
        rs.getLong("id"),
        rs.getLong("action_id"),
        DeliverableKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        DeliverableStatus.valueOf(rs.getString("status")),
        localDate(rs, "status_date"),
        rs.getInt("version"));
  }
}
