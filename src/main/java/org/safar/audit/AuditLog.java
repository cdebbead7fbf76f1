package org.safar.audit;

import java.time.Instant;
import java.util.List;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. An entry written inside a transaction is kept or dropped with it, so a change
 * that did not happen is never reported as done.
 */
@Service
public class AuditLog {

  private final JdbcClient jdbc;
  private final JdbcClient cursor;

  AuditLog(JdbcClient jdbc, javax.sql.DataSource dataSource) {
    this.jdbc = jdbc;
    org.springframework.jdbc.core.JdbcTemplate streaming =
        new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    streaming.setFetchSize(2000);
    this.cursor = JdbcClient.create(streaming);
  }

  /** Records an action by the signed-in user (or "system" when nobody is signed in). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String subjectType, Object subjectId, String details) {
    recordAs(currentActor(), action, subjectType, subjectId, details);
  }

  /**
   * Records a refused look at a record by the signed-in user. It is written in a transaction of its
   * own, because the request that caused it fails and rolls back.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void accessDenied(String subjectType, Object subjectId) {
    recordAs(currentActor(), "ACCESS_DENIED", subjectType, subjectId, "outside the user's scope");
  }

  /** Records a refused look or change, saying why, in a transaction of its own. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void accessDenied(String subjectType, Object subjectId, String why) {
    recordAs(currentActor(), "ACCESS_DENIED", subjectType, subjectId, why);
  }

  /** Records an action outside any business transaction, such as a failed sign-in. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordAlone(
      String actor, String action, String subjectType, Object subjectId, String details) {
    recordAs(actor, action, subjectType, subjectId, details);
  }

  private void recordAs(
      String actor, String action, String subjectType, Object subjectId, String details) {
    jdbc.sql(
            "insert into audit_event (actor, action, subject_type, subject_id, details)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            actor, action, subjectType, subjectId == null ? null : subjectId.toString(), details)
        .update();
  }

  /** What happened to one record, oldest first: its changes, not the reads of it. */
  @Transactional(readOnly = true)
  public List<AuditEntry> history(String subjectType, Object subjectId) {
    return jdbc.sql(
            "select occurred_at, actor, action, subject_type, subject_id, details from audit_event"
                + " where subject_type = ? and subject_id = ? and action not in ('VIEWED',"
                + " 'ACCESS_DENIED') order by occurred_at, id limit 500")
        .params(subjectType, subjectId.toString())
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getTimestamp("occurred_at").toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("subject_type"),
                    rs.getString("subject_id"),
                    rs.getString("details")))
        .list();
  }

  private static String where(String like) {
    return like == null
        ? ""
        : " where actor ilike :q or action ilike :q or subject_type ilike :q"
            + " or subject_id ilike :q";
  }

  /**
   * Every entry matching the search, oldest first, to {@code each} as it is read from a cursor, so
   * memory stays flat however long the trail is. The caller records the export.
   */
  @Transactional(readOnly = true)
  public void export(String search, java.util.function.Consumer<AuditEntry> each) {
    String like = ResultPage.containing(search);
    var query =
        cursor.sql(
            "select occurred_at, actor, action, subject_type, subject_id, details from audit_event"
                + where(like)
                + " order by occurred_at, id");
    if (like != null) {
      query = query.param("q", like);
    }
    query.query((java.sql.ResultSet rs) -> each.accept(entry(rs)));
  }

  private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("details"));
  }

  /** The newest entries first, optionally only those about one subject type or actor. */
  @Transactional(readOnly = true)
  public ResultPage<AuditEntry> recent(String search, int page, int size) {
    String like = ResultPage.containing(search);
    String where = where(like);
    var countQuery = jdbc.sql("select count(*) from audit_event" + where);
    var listQuery =
        jdbc.sql(
            "select occurred_at, actor, action, subject_type, subject_id, details from audit_event"
                + where
                + " order by occurred_at desc, id desc limit :limit offset :offset");
    if (like != null) {
      countQuery = countQuery.param("q", like);
      listQuery = listQuery.param("q", like);
    }
    long total = countQuery.query(Long.class).single();
    List<AuditEntry> entries =
        listQuery
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, n) -> entry(rs))
            .list();
    return new ResultPage<>(entries, page, size, total);
  }

  /** The signed-in user's name, or "system" when nobody is signed in. */
  public static String currentActor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null || auth.getName() == null ? "system" : auth.getName();
  }

  /** One line of the audit trail. */
  public record AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String details) {}
}
