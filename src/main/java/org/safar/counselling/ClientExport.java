package org.safar.counselling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client records as CSV, for the signed-in person's scope only. Rows stream from a database cursor
 * to the writer, so memory stays flat however many clients match; every export is audited.
 */
@Service
public class ClientExport {

  private static final String[] HEADER = {
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
    "created_by"
  };

  private final JdbcTemplate jdbc;
  private final DeskAccess access;
  private final AuditLog audit;

  ClientExport(JdbcTemplate jdbc, DeskAccess access, AuditLog audit) {
    this.jdbc = new JdbcTemplate(jdbc.getDataSource());
    this.jdbc.setFetchSize(2000);
    this.access = access;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public long write(String text, MigrantStatus status, Writer out) {
    long[] rows = {0};
    // not closed here: closing the printer would close the response before the export is audited
    try {
      CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
      jdbc.query(
          "select c.id, u.code, c.full_name, c.pseudonym, c.sex, c.birth_year, c.age_band, c.phone,"
              + " c.district, c.migrant_status, c.destination_country,"
              + " array_to_string(c.languages, ' ') as languages, c.consent_store, c.consent_contact,"
              + " c.consent_given_on, c.consent_method,"
              + " to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
              + " c.created_by"
              + " from client c join org_unit u on u.id = c.mrc_id where c.mrc_id = any(?)"
              + " and c.merged_into is null"
              + " and (cast(? as text) is null or "
              + Clients.SEARCH_TEXT
              + " like ?)"
              + " and (cast(? as text) is null or c.migrant_status = ?) order by c.id",
          rs -> {
            try {
              for (int i = 1; i <= HEADER.length; i++) {
                csv.print(SpreadsheetSafe.cell(rs.getObject(i)));
              }
              csv.println();
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          params(text, status));
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows[0];
  }

  /** Records the export once it is written; an export is a read of every row in it. */
  @Transactional
  public void recordExport(String text, MigrantStatus status, long rows) {
    audit.record(
        "EXPORTED",
        "client",
        null,
        rows
            + " rows; search="
            + (text == null ? "" : text)
            + "; status="
            + (status == null ? "" : status.name()));
  }

  private Object[] params(String text, MigrantStatus status) {
    String like = org.safar.shell.ResultPage.containing(text);
    String s = status == null ? null : status.name();
    return new Object[] {access.scope().asArray(), like, like, s, s};
  }
}
