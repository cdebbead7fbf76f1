package org.safar.results;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind an indicator, one CSV row each, for the M&E officer who checks a figure: the
 * rows the indicator counts over a period (its filters and any extra ones, the framework's org
 * units), narrowed to the reader's own scope. De-identified: day, MRC code, country, amount, value
 * and the source's dimensions, never a name or a client id. Rows about a protected case are left
 * out entirely; how many were is told before the first row (a response header), so it is counted
 * first, in the same snapshot as the rows.
 *
 * <p>Rows stream from a database cursor to the writer: memory stays flat however many match. Every
 * export is audited with its period and row count, also one that breaks off half-way.
 */
@Service
public class IndicatorRecords {

  /** Rows the cursor fetches at a time: enough to keep the socket busy, little memory. */
  static final int FETCH_SIZE = 5000;

  /** Characters the CSV writer gathers before passing them on. */
  private static final int BUFFER = 1 << 16;

  private final ResultsFrameworks frameworks;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final JdbcClient cursor;

  IndicatorRecords(
      ResultsFrameworks frameworks, OrgUnits orgUnits, AuditLog audit, DataSource dataSource) {
    this.frameworks = frameworks;
    this.orgUnits = orgUnits;
    this.audit = audit;
    JdbcTemplate streaming = new JdbcTemplate(dataSource);
    streaming.setFetchSize(FETCH_SIZE);
    this.cursor = JdbcClient.create(streaming);
  }

  /** What the file covers, known before its first row: the caller sets its headers from it. */
  public record Preamble(Indicator indicator, LocalDate from, LocalDate to, long withheld) {}

  /** Opens the writer the rows go to (after setting the response's headers). */
  @FunctionalInterface
  public interface Opener {
    Writer open(Preamble preamble) throws IOException;
  }

  /**
   * Writes the indicator's records over the query's days (default: the framework's) and filters as
   * CSV to the writer {@code opener} gives; returns how many rows were written. 403 (audited) when
   * the indicator's project is outside the reader's scope; an {@link InvalidIndicatorException} for
   * a filter the source does not carry or an indicator entered by hand.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public long export(long indicatorId, IndicatorQuery query, Opener opener) {
    Indicator indicator = frameworks.indicator(indicatorId);
    ResultsFramework framework = frameworks.frameworkInScope(indicator.frameworkId());
    if (Indicators.MANUAL.equals(indicator.source())) {
      throw new InvalidIndicatorException("source", "results.records.manual");
    }
    IndicatorSource source = frameworks.source(indicator.source());
    IndicatorSql.check(source, indicator, List.of(), query.filters());
    LocalDate from =
        query.from() == null || query.from().isBefore(framework.startsOn())
            ? framework.startsOn()
            : query.from();
    LocalDate to =
        query.to() == null || query.to().isAfter(framework.endsOn())
            ? framework.endsOn()
            : query.to();
    Set<Long> units = new TreeSet<>(List.of(frameworks.units(framework)));
    units.retainAll(orgUnits.currentScope().ids());

    Map<String, Object> params = new LinkedHashMap<>();
    params.put("from", java.sql.Date.valueOf(from));
    params.put("to", java.sql.Date.valueOf(to));
    params.put("units", units.toArray(Long[]::new));
    String where =
        " where r.on_date between :from and :to and r.org_unit_id = any(:units)"
            + IndicatorSql.conditions(indicator.filters().and(query.filters()), params, "f");
    boolean none = from.isAfter(to) || units.isEmpty();
    long withheld =
        none
            ? 0
            : cursor
                .sql(
                    "select count(*) from " + source.relation() + " r" + where + " and r.protected")
                .params(params)
                .query(Long.class)
                .single();

    List<Dimension> dimensions = new ArrayList<>(new TreeSet<>(source.dimensions()));
    List<String> header =
        new ArrayList<>(List.of("indicator", "on_date", "mrc", "country", "amount", "value"));
    StringBuilder select =
        new StringBuilder("select r.on_date, u.code, r.country, r.amount, r.value");
    for (Dimension d : dimensions) {
      header.add(d.column());
      select.append(
          d == Dimension.TOPIC ? ", array_to_string(r.topics, ' ')" : ", " + d.expression());
    }
    select
        .append(" from ")
        .append(source.relation())
        .append(" r left join org_unit u on u.id = r.org_unit_id")
        .append(where)
        .append(" and not r.protected");

    long[] rows = {0};
    boolean complete = false;
    try {
      Writer out = opener.open(new Preamble(indicator, from, to, withheld));
      // FastCSV, not Commons CSV: five times less work per cell (docs/benchmarks.md); not closed
      // here, since that would close the response, which the servlet container does
      CsvWriter csv =
          CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(BUFFER).build(out);
      csv.writeRecord(header);
      if (!none) {
        String code = safe(indicator.code());
        int columns = 5 + dimensions.size();
        cursor
            .sql(select.toString())
            .params(params)
            .query(
                (ResultSet rs) -> {
                  CsvWriter.CsvWriterRecord row = csv.writeRecord().writeField(code);
                  for (int i = 1; i <= columns; i++) {
                    row.writeField(safe(rs.getString(i)));
                  }
                  row.endRecord();
                  rows[0]++;
                });
      }
      csv.flush();
      complete = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          "indicator",
          indicatorId,
          "records CSV "
              + indicator.code()
              + " "
              + from
              + ".."
              + to
              + "; "
              + rows[0]
              + " rows; "
              + withheld
              + " withheld (protected)"
              + (query.filters().isEmpty()
                  ? ""
                  : "; " + String.join(" ", query.filters().toArray()))
              + (complete ? "" : "; broken off"));
    }
    return rows[0];
  }

  /** A cell as the database's text (null: empty); text that looks like a formula is defused. */
  private static String safe(String s) {
    return s == null ? "" : s.isEmpty() ? s : (String) SpreadsheetSafe.cell(s);
  }
}
