package org.safar.outreach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns and events as CSV, with the filters on screen and within the reader's scope, streamed
 * from a cursor. Persons (attendance by sex and age band, and their total) and reach are separate
 * columns; no column adds them. Every export is audited with its filter and row count.
 */
@Service
public class OutreachExports {

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final OutreachEvents events;
  private final AuditLog audit;

  OutreachExports(JdbcTemplate jdbc, Campaigns campaigns, OutreachEvents events, AuditLog audit) {
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(2000);
    this.jdbc = JdbcClient.create(streaming);
    this.campaigns = campaigns;
    this.events = events;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public long campaigns(OutreachFilter f, Writer out) {
    Sql where = campaigns.where(f);
    List<String> columns =
        List.of(
            "id",
            "title",
            "project",
            "org_unit",
            "starts_on",
            "ends_on",
            "audiences",
            "channels",
            "objective",
            "materials",
            "events",
            "people_attending",
            "reach_non_unique");
    var sql =
        where.bind(
            jdbc.sql(
                "select c.id, c.title, p.code, u.code, c.starts_on, c.ends_on,"
                    + " array_to_string(c.audiences, ' '), array_to_string(c.channels, ' '),"
                    + " c.objective, c.materials,"
                    + CampaignRepository.TOTALS
                    + CampaignRepository.FROM
                    + where.where()
                    + " order by c.starts_on desc, c.id desc"));
    return stream("outreach_campaign", f.describe(), columns, sql, out);
  }

  @Transactional(readOnly = true)
  public long events(OutreachFilter f, Writer out) {
    Sql where = events.where(f);
    List<String> columns =
        new ArrayList<>(
            List.of(
                "id",
                "held_on",
                "kind",
                "place",
                "campaign_id",
                "campaign",
                "project",
                "org_unit"));
    StringBuilder cells = new StringBuilder();
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        String name = (sex.name() + "_" + band.name()).toLowerCase(Locale.ROOT);
        columns.add(name);
        cells
            .append(" coalesce(sum(a.people) filter (where a.sex = '")
            .append(sex.name())
            .append("' and a.age_band = '")
            .append(band.name())
            .append("'), 0) as ")
            .append(name)
            .append(",");
      }
    }
    columns.add("people_attending");
    columns.add("reach_non_unique");
    columns.add("notes");
    StringBuilder select = new StringBuilder();
    for (String c : columns.subList(8, columns.size() - 3)) {
      select.append(", t.").append(c);
    }
    var sql =
        where.bind(
            jdbc.sql(
                "select e.id, e.held_on, e.kind, e.place, e.campaign_id, c.title, p.code, u.code"
                    + select
                    + ", t.people, e.reach, e.notes"
                    + EventRepository.FROM
                    + " left join lateral (select"
                    + cells
                    + " coalesce(sum(a.people), 0) as people"
                    + " from outreach_attendance a where a.event_id = e.id) t on true"
                    + where.where()
                    + " order by e.held_on desc, e.id desc"));
    return stream("outreach_event", f.describe(), columns, sql, out);
  }

  private long stream(
      String subject,
      String filter,
      List<String> columns,
      JdbcClient.StatementSpec sql,
      Writer out) {
    long[] rows = {0};
    boolean complete = false;
    try {
      // not closed here: that would close the response, which the servlet container does
      CSVPrinter csv =
          CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
      sql.query(
          (ResultSet rs) -> {
            try {
              for (int i = 1; i <= columns.size(); i++) {
                csv.print(SpreadsheetSafe.cell(rs.getObject(i)));
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
}
