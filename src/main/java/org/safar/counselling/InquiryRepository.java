package org.safar.counselling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the inquiry inbox. */
@Repository
class InquiryRepository {

  /** Inquiries with the protection of the client they are linked to, if any. */
  static final String FROM =
      " from inquiry i left join protected_case pc on pc.client_id = i.client_id";

  private static final String SELECT =
      "select i.id, i.mrc_id, i.channel, i.received_at, i.language, i.question, i.contact_name,"
          + " i.contact_phone, i.contact_email, i.status, i.assigned_to, i.first_response_at,"
          + " i.client_id, i.version, i.grievance,"
          + ProtectedReads.COLUMNS
          + FROM;

  static final String WHERE =
      " where i.mrc_id = any(:scope)"
          + " and (cast(:status as text) is null or i.status = :status)"
          + " and (cast(:channel as text) is null or i.channel = :channel)"
          + " and (cast(:assignee as bigint) is null or i.assigned_to = :assignee)"
          + " and (cast(:mrc as bigint) is null or i.mrc_id = :mrc)"
          + " and (cast(:fromDay as date) is null or i.received_at >= cast(:fromDay as date))"
          + " and (cast(:toDay as date) is null or i.received_at < cast(:toDay as date) + 1)"
          + " and (cast(:q as text) is null or ((i.question ilike :q or i.contact_name ilike :q)"
          + "   and (pc.client_id is null or pc.caseworker_id = :viewer"
          + "     or pc.supervisor_id = :viewer)))";

  private final JdbcClient jdbc;

  private final ProtectedReads protectedReads;

  InquiryRepository(JdbcClient jdbc, ProtectedReads protectedReads) {
    this.jdbc = jdbc;
    this.protectedReads = protectedReads;
  }

  Optional<Inquiry> findById(long id) {
    return jdbc.sql(SELECT + " where i.id = ?").param(id).query(this::map).optional();
  }

  /** In the filter's order; both orders are served by an index. */
  List<Inquiry> search(InquiryFilter f, Long[] scope, int limit, long offset) {
    return bind(jdbc.sql(SELECT + WHERE + order(f) + " limit :limit offset :offset"), f, scope)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::map)
        .list();
  }

  long count(InquiryFilter f, Long[] scope) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1"
                    + FROM
                    + WHERE
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            f,
            scope)
        .query(Long.class)
        .single();
  }

  static String order(InquiryFilter f) {
    return f.sort() == SortOrder.OLDEST
        ? " order by i.received_at, i.id"
        : " order by i.received_at desc, i.id desc";
  }

  static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, InquiryFilter f, Long[] scope) {
    return sql.param("scope", scope)
        .param("status", f.status() == null ? null : f.status().name())
        .param("channel", f.channel() == null ? null : f.channel().name())
        .param("assignee", f.assignee())
        .param("mrc", f.mrcId())
        .param("fromDay", f.from() == null ? null : java.sql.Date.valueOf(f.from()))
        .param("toDay", f.to() == null ? null : java.sql.Date.valueOf(f.to()))
        .param("q", f.like())
        .param("viewer", ProtectedReads.viewer());
  }

  long insert(InquiryDraft d, String actor) {
    return insert(d, actor, false);
  }

  long insert(InquiryDraft d, String actor, boolean grievance) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into inquiry (mrc_id, channel, received_at, language, question, contact_name,"
                + " contact_phone, contact_email, created_by, updated_by, grievance)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.mrcId(),
            d.channel().name(),
            Timestamp.from(d.receivedAt()),
            d.language(),
            d.question(),
            d.contactName(),
            d.contactPhone(),
            d.contactEmail(),
            actor,
            actor,
            grievance)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /**
   * Inserts an inquiry and claims its Idempotency-Key in one statement (one round trip, which is
   * what the intake API's throughput rests on). Empty when the key was claimed already: the caller
   * then rolls back, which removes the inquiry this statement made.
   */
  Optional<Inquiry> insertClaimed(
      InquiryDraft d, String actor, long tokenId, String idempotencyKey, String requestHash) {
    return jdbc.sql(
            "with made as (insert into inquiry (mrc_id, channel, received_at, language, question,"
                + " contact_name, contact_phone, contact_email, created_by, updated_by)"
                + " values (:mrc, :channel, :received, :language, :question, :name, :phone, :email,"
                + " :actor, :actor) returning *),"
                + " claim as (insert into intake_request (token_id, idempotency_key, request_hash,"
                + " inquiry_id) select :token, :key, :hash, id from made on conflict do nothing"
                + " returning inquiry_id)"
                + " select i.* from made i where exists (select 1 from claim)")
        .param("mrc", d.mrcId())
        .param("channel", d.channel().name())
        .param("received", Timestamp.from(d.receivedAt()))
        .param("language", d.language())
        .param("question", d.question())
        .param("name", d.contactName())
        .param("phone", d.contactPhone())
        .param("email", d.contactEmail())
        .param("actor", actor)
        .param("token", tokenId)
        .param("key", idempotencyKey)
        .param("hash", requestHash)
        .query(this::map)
        .optional();
  }

  void assign(long id, Long accountId, String actor) {
    jdbc.sql(
            "update inquiry set assigned_to = ?, version = version + 1, updated_at = now(),"
                + " updated_by = ? where id = ?")
        .params(accountId, actor, id)
        .update();
  }

  /** The first answer sets the response time once; later answers do not move it. */
  void answer(long id, Long clientId, String actor) {
    jdbc.sql(
            "update inquiry set status = 'ANSWERED', first_response_at = coalesce(first_response_at,"
                + " now()), client_id = coalesce(?, client_id), version = version + 1,"
                + " updated_at = now(), updated_by = ? where id = ?")
        .params(clientId, actor, id)
        .update();
  }

  void close(long id, String actor) {
    jdbc.sql(
            "update inquiry set status = 'CLOSED', version = version + 1, updated_at = now(),"
                + " updated_by = ? where id = ?")
        .params(actor, id)
        .update();
  }

  /** Median time from receipt to first answer at the MRC over inquiries received since then. */
  Optional<Duration> medianFirstResponse(long mrcId, Instant since) {
    Double seconds =
        jdbc.sql(
                "select percentile_cont(0.5) within group (order by extract(epoch from"
                    + " first_response_at - received_at)) from inquiry where mrc_id = ?"
                    + " and received_at >= ? and first_response_at is not null")
            .params(mrcId, Timestamp.from(since))
            .query(Double.class)
            .optional()
            .orElse(null);
    return Optional.ofNullable(seconds).map(s -> Duration.ofSeconds(Math.round(s)));
  }

  long countOpen(long mrcId) {
    return jdbc.sql("select count(*) from inquiry where mrc_id = ? and status = 'OPEN'")
        .param(mrcId)
        .query(Long.class)
        .single();
  }

  private Inquiry map(ResultSet rs, int row) throws SQLException {
    Timestamp first = rs.getTimestamp("first_response_at");
    Long clientId = rs.getObject("client_id", Long.class);
    boolean hidden = clientId != null && protectedReads.hidden(rs, clientId);
    return new Inquiry(
        rs.getLong("id"),
        rs.getLong("mrc_id"),
        Channel.valueOf(rs.getString("channel")),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("language"),
        hidden ? null : rs.getString("question"),
        hidden ? null : rs.getString("contact_name"),
        hidden ? null : rs.getString("contact_phone"),
        hidden ? null : rs.getString("contact_email"),
        InquiryStatus.valueOf(rs.getString("status")),
        rs.getObject("assigned_to", Long.class),
        first == null ? null : first.toInstant(),
        clientId,
        rs.getInt("version"),
        hidden,
        rs.getBoolean("grievance"));
  }
}
