package org.safar.counselling;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for importing follow-up survey submissions. */
@Repository
class SurveyImportRepository {

  /**
   * A client a submission names, as the import needs it: where they are kept, whether their record
   * was merged into another or erased, and whether their case is protected from the importer.
   */
  record Target(long id, long mrcId, Long mergedInto, boolean erased, boolean confidential) {}

  /** A follow-up still due: the one a submission closes. */
  record Due(long id, long clientId, long mrcId) {}

  private final JdbcClient jdbc;

  SurveyImportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Which of the submissions were imported before. */
  Set<String> imported(Collection<String> submissionIds) {
    if (submissionIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql("select submission_id from follow_up_submission where submission_id = any(?)")
            .param(submissionIds.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  /** The clients with these ids, whatever their MRC (the caller checks the scope). */
  Map<Long, Target> clients(Collection<Long> ids) {
    Map<Long, Target> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select c.id, c.mrc_id, c.merged_into, c.erased_at is not null as erased,"
                + ProtectedReads.COLUMNS
                + " from client c"
                + ProtectedReads.JOIN
                + " where c.id = any(?)")
        .param(ids.toArray(Long[]::new))
        .query(
            rs -> {
              boolean confidential =
                  rs.getObject("pc_client") != null
                      && !ProtectedReads.onTeam(
                          rs.getObject("pc_caseworker", Long.class),
                          rs.getObject("pc_supervisor", Long.class));
              found.put(
                  rs.getLong("id"),
                  new Target(
                      rs.getLong("id"),
                      rs.getLong("mrc_id"),
                      rs.getObject("merged_into", Long.class),
                      rs.getBoolean("erased"),
                      confidential));
            });
    return found;
  }

  /**
   * The follow-ups still due of these clients in MRCs of the scope, per client, the earliest due
   * first. Locked, so a confirmation waits for anyone recording one of them at the same time.
   */
  Map<Long, Deque<Due>> due(Collection<Long> clientIds, Long[] scope, boolean lock) {
    Map<Long, Deque<Due>> due = new HashMap<>();
    if (clientIds.isEmpty()) {
      return due;
    }
    jdbc.sql(
            "select id, client_id, mrc_id from follow_up where client_id = any(?)"
                + " and status = 'DUE' and mrc_id = any(?) order by due_on, id"
                + (lock ? " for update" : ""))
        .params(clientIds.toArray(Long[]::new), scope)
        .query(
            rs -> {
              Due d = new Due(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("mrc_id"));
              due.computeIfAbsent(d.clientId(), k -> new ArrayDeque<>()).add(d);
            });
    return due;
  }

  /** Marks a due follow-up done on the survey's date; fails if someone recorded it meanwhile. */
  void close(long id, Instant doneAt, boolean reached, String outcome, String actor) {
    int changed =
        jdbc.sql(
                "update follow_up set status = 'DONE', done_at = ?, reached = ?, outcome = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and status = 'DUE'")
            .params(Timestamp.from(doneAt), reached, outcome, actor, id)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Follow-up " + id + " was recorded meanwhile");
    }
  }

  /** A follow-up that was never scheduled, recorded as done on the survey's date. */
  long createDone(
      long clientId,
      long mrcId,
      long counsellorId,
      LocalDate on,
      Instant doneAt,
      boolean reached,
      String outcome,
      String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into follow_up (client_id, mrc_id, counsellor_id, due_on, status, done_at,"
                + " reached, outcome, created_by, updated_by)"
                + " values (?, ?, ?, ?, 'DONE', ?, ?, ?, ?, ?)")
        .params(
            clientId,
            mrcId,
            counsellorId,
            Date.valueOf(on),
            Timestamp.from(doneAt),
            reached,
            outcome,
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** Remembers an imported submission; a second import of it breaks the primary key. */
  void remember(String submissionId, long followUpId, String fileName, String actor) {
    jdbc.sql(
            "insert into follow_up_submission (submission_id, follow_up_id, file_name, imported_by)"
                + " values (?, ?, ?, ?)")
        .params(submissionId, followUpId, fileName, actor)
        .update();
  }
}
