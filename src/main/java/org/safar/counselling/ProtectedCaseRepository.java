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
import org.springframework.stereotype.Repository;

/** SQL for protected cases. */
@Repository
class ProtectedCaseRepository {

  private static final String SELECT =
      "select pc.*, c.mrc_id from protected_case pc join client c on c.id = pc.client_id";

  private final JdbcClient jdbc;

  ProtectedCaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ProtectedCase> find(long clientId) {
    return jdbc.sql(SELECT + " where pc.client_id = ?")
        .param(clientId)
        .query(ProtectedCaseRepository::map)
        .optional();
  }

  /** Cases the account works, supervises or is asked to take over, open ones first. */
  List<ProtectedCase> of(long accountId) {
    return jdbc.sql(
            SELECT
                + " where pc.caseworker_id = :me or pc.supervisor_id = :me or pc.offered_to = :me"
                + " order by pc.status = 'CLOSED', pc.offered_to = :me desc nulls last,"
                + " pc.marked_at desc limit 500")
        .param("me", accountId)
        .query(ProtectedCaseRepository::map)
        .list();
  }

  void insert(
      long clientId,
      ProtectionReason reason,
      Long caseworkerId,
      long supervisorId,
      Long offeredTo,
      String actor) {
    jdbc.sql(
            "insert into protected_case (client_id, reason, caseworker_id, supervisor_id,"
                + " offered_to, offered_role, offered_by, offered_at, marked_by, updated_by)"
                + " values (:client, :reason, :caseworker, :supervisor, :offered,"
                + " case when cast(:offered as bigint) is null then null else 'CASEWORKER' end,"
                + " case when cast(:offered as bigint) is null then null else :actor end,"
                + " case when cast(:offered as bigint) is null then null else now() end,"
                + " :actor, :actor)")
        .param("client", clientId)
        .param("reason", reason.name())
        .param("caseworker", caseworkerId)
        .param("supervisor", supervisorId)
        .param("offered", offeredTo)
        .param("actor", actor)
        .update();
  }

  void offer(long clientId, int version, ProtectedCase.CaseRole role, long to, String actor) {
    change(
        "offered_to = :to, offered_role = :role, offered_by = :actor, offered_at = now()",
        clientId,
        version,
        actor,
        spec -> spec.param("to", to).param("role", role.name()));
  }

  /** The offered person takes the role they were offered. */
  void accept(long clientId, int version, String actor) {
    change(
        "caseworker_id = case when offered_role = 'CASEWORKER' then offered_to"
            + "   else caseworker_id end,"
            + " supervisor_id = case when offered_role = 'SUPERVISOR' then offered_to"
            + "   else supervisor_id end,"
            + " offered_to = null, offered_role = null, offered_by = null, offered_at = null",
        clientId,
        version,
        actor,
        spec -> spec);
  }

  void withdrawOffer(long clientId, int version, String actor) {
    change(
        "offered_to = null, offered_role = null, offered_by = null, offered_at = null",
        clientId,
        version,
        actor,
        spec -> spec);
  }

  void close(long clientId, int version, LocalDate on, String actor) {
    change(
        "status = 'CLOSED', closed_on = :on",
        clientId,
        version,
        actor,
        spec -> spec.param("on", Date.valueOf(on)));
  }

  void reopen(long clientId, int version, String actor) {
    change("status = 'OPEN', closed_on = null", clientId, version, actor, spec -> spec);
  }

  /** Closed cases not yet anonymised whose closing day is before the cut-off. */
  List<Long> closedBefore(LocalDate cutoff, int limit) {
    return jdbc.sql(
            "select client_id from protected_case where status = 'CLOSED'"
                + " and anonymised_at is null and closed_on < ? order by closed_on limit ?")
        .params(Date.valueOf(cutoff), limit)
        .query(Long.class)
        .list();
  }

  void markAnonymised(long clientId) {
    jdbc.sql(
            "update protected_case set anonymised_at = now(), version = version + 1,"
                + " updated_at = now(), updated_by = 'system' where client_id = ?")
        .param(clientId)
        .update();
  }

  private void change(
      String set,
      long clientId,
      int version,
      String actor,
      java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind) {
    int changed =
        bind.apply(
                jdbc.sql(
                    "update protected_case set "
                        + set
                        + ", version = version + 1, updated_at = now(), updated_by = :actor"
                        + " where client_id = :client and version = :version"
                        + " and anonymised_at is null"))
            .param("actor", actor)
            .param("client", clientId)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Protected case " + clientId + " changed");
    }
  }

  private static ProtectedCase map(ResultSet rs, int row) throws SQLException {
    Date closedOn = rs.getDate("closed_on");
    Timestamp anonymised = rs.getTimestamp("anonymised_at");
    Timestamp offeredAt = rs.getTimestamp("offered_at");
    String role = rs.getString("offered_role");
    return new ProtectedCase(
        rs.getLong("client_id"),
        rs.getLong("mrc_id"),
        ProtectionReason.valueOf(rs.getString("reason")),
        rs.getObject("caseworker_id", Long.class),
        rs.getObject("supervisor_id", Long.class),
        "CLOSED".equals(rs.getString("status")),
        closedOn == null ? null : closedOn.toLocalDate(),
        anonymised == null ? null : anonymised.toInstant(),
        rs.getObject("offered_to", Long.class),
        role == null ? null : ProtectedCase.CaseRole.valueOf(role),
        rs.getString("offered_by"),
        offeredAt == null ? null : offeredAt.toInstant(),
        rs.getInt("version"),
        rs.getTimestamp("marked_at").toInstant(),
        rs.getString("marked_by"));
  }
}
