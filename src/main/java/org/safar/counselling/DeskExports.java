package org.safar.counselling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.identity.Accounts;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's lists as CSV: clients, inquiries and sessions, with the same filters as on screen and
 * for the signed-in person's scope only. Rows stream from a database cursor to the writer, so
 * memory stays flat however many rows match. Every export is audited with its filter and row count,
 * also one that breaks off half-way: what was sent by then was read.
 */
@Service
public class DeskExports {

  private static final String UTC = " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

  private static final List<String> CLIENT_COLUMNS =
      List.of(
          "id",
          "mrc",
          "full_name",
          "pseudonym",
          "sex",
          "birth_year",
          "age_band",
          "phone",
          "district",
          "migrant_status",
          "destination_country",
          "languages",
          "consent_store",
          "consent_contact",
          "consent_given_on",
          "consent_method",
          "created_at",
          "created_by");

  private static final List<String> INQUIRY_COLUMNS =
      List.of(
          "id",
          "mrc",
          "channel",
          "received_at",
          "language",
          "status",
          "assigned_to",
          "first_response_at",
          "client_id",
          "contact_name",
          "contact_phone",
          "contact_email",
          "question");

  private static final List<String> SESSION_COLUMNS =
      List.of(
          "id",
          "mrc",
          "held_on",
          "client_id",
          "client_name",
          "counsellor",
          "channel",
          "duration_minutes",
          "topics",
          "materials",
          "referral_needed",
          "next_step");

  private final JdbcClient jdbc;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Accounts accounts;

  private final ProtectedReads protectedReads;

  DeskExports(
      JdbcTemplate jdbc,
      DeskAccess access,
      AuditLog audit,
      Accounts accounts,
      ProtectedReads protectedReads) {
    this.protectedReads = protectedReads;
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(2000);
    this.jdbc = JdbcClient.create(streaming);
    this.access = access;
    this.audit = audit;
    this.accounts = accounts;
  }

  @Transactional(readOnly = true)
  public long clients(ClientFilter f, Writer out) {
    String sort =
        switch (f.sort()) {
          case NAME -> ClientRepository.NAME + ", c.id";
          case OLDEST -> "c.id";
          case NEWEST -> "c.id desc";
        };
    var sql =
        ClientRepository.bind(
            jdbc.sql(
                "select c.id, u.code, c.full_name, c.pseudonym, c.sex, c.birth_year, c.age_band,"
                    + " c.phone, c.district, c.migrant_status, c.destination_country,"
                    + " array_to_string(c.languages, ' '), c.consent_store, c.consent_contact,"
                    + " c.consent_given_on, c.consent_method, to_char(c.created_at"
                    + UTC
                    + ", c.created_by,"
                    + ProtectedReads.COLUMNS
                    + " from client c join org_unit u on u.id = c.mrc_id"
                    + ProtectedReads.JOIN
                    + ClientRepository.where(f)
                    + " order by "
                    + sort),
            access.scope().asArray(),
            f);
    return stream("client", f.describe(), CLIENT_COLUMNS, sql, out, Set.of(), 1, IN_CLIENT);
  }

  @Transactional(readOnly = true)
  public long inquiries(InquiryFilter f, Writer out) {
    var sql =
        InquiryRepository.bind(
            jdbc.sql(
                "select i.id, u.code, i.channel, to_char(i.received_at"
                    + UTC
                    + ", i.language, i.status, i.assigned_to, to_char(i.first_response_at"
                    + UTC
                    + ", i.client_id, i.contact_name, i.contact_phone, i.contact_email, i.question,"
                    + ProtectedReads.COLUMNS
                    + InquiryRepository.FROM
                    + " join org_unit u on u.id = i.mrc_id"
                    + InquiryRepository.WHERE
                    + InquiryRepository.order(f)),
            f,
            access.scope().asArray());
    return stream("inquiry", f.describe(), INQUIRY_COLUMNS, sql, out, Set.of(7), 9, IN_INQUIRY);
  }

  @Transactional(readOnly = true)
  public long sessions(SessionFilter f, Writer out) {
    var sql =
        CounsellingSessionRepository.bind(
            jdbc.sql(
                "select s.id, u.code, s.held_on, s.client_id, coalesce(c.full_name, c.pseudonym),"
                    + " s.counsellor_id, s.channel, s.duration_minutes,"
                    + " array_to_string(s.topics, ' '), s.materials,"
                    + " s.referral_needed, s.next_step,"
                    + ProtectedReads.COLUMNS
                    + " from counselling_session s join client c on c.id = s.client_id"
                    + ProtectedReads.JOIN
                    + " join org_unit u on u.id = s.mrc_id"
                    + CounsellingSessionRepository.where(f)
                    + CounsellingSessionRepository.order(f)),
            f,
            access.scope().asArray());
    return stream(
        "counselling_session", f.describe(), SESSION_COLUMNS, sql, out, Set.of(6), 4, IN_SESSION);
  }

  /** The columns (numbered from 1) that say who a protected client is, per export. */
  private static final Set<Integer> IN_CLIENT = Set.of(3, 4, 6, 8, 9);

  private static final Set<Integer> IN_INQUIRY = Set.of(10, 11, 12, 13);
  private static final Set<Integer> IN_SESSION = Set.of(5, 10, 12);

  /** What a protected client's identifying cells hold for anyone outside the case. */
  static final String CONFIDENTIAL = "Confidential";

  /**
   * Writes the header and every row; the columns numbered in {@code accountColumns} hold account
   * ids and are written as user names. In a row about a protected client the reader is not on, the
   * {@code identifying} columns say "Confidential"; every protected row is an audited read.
   */
  private long stream(
      String subject,
      String filter,
      List<String> columns,
      JdbcClient.StatementSpec sql,
      Writer out,
      Set<Integer> accountColumns,
      int clientColumn,
      Set<Integer> identifying) {
    long[] rows = {0};
    boolean complete = false;
    Map<Long, String> names = new HashMap<>();
    try {
      // not closed here: that would close the response, which the servlet container does
      CSVPrinter csv =
          CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
      sql.query(
          (ResultSet rs) -> {
            try {
              long clientId = rs.getLong(clientColumn);
              boolean hidden = !rs.wasNull() && protectedReads.hidden(rs, clientId);
              for (int i = 1; i <= columns.size(); i++) {
                Object value =
                    hidden && identifying.contains(i)
                        ? CONFIDENTIAL
                        : accountColumns.contains(i) ? accountName(rs, i, names) : rs.getObject(i);
                csv.print(SpreadsheetSafe.cell(value));
              }
              csv.println();
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
      complete = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          subject,
          null,
          rows[0] + " rows; " + filter + (complete ? "" : "; broken off"));
    }
    return rows[0];
  }

  private String accountName(ResultSet rs, int column, Map<Long, String> names)
      throws SQLException {
    long id = rs.getLong(column);
    if (rs.wasNull()) {
      return null;
    }
    return names.computeIfAbsent(
        id, key -> accounts.names(List.of(key)).getOrDefault(key, "#" + key));
  }
}
