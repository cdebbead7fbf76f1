package org.safar.results;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Clients;
import org.safar.counselling.CounsellingSessions;
import org.safar.counselling.Sex;
import org.safar.identity.AccountDraft;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The records behind an indicator as CSV, over real HTTP: the rows are what the indicator counts,
 * within the reader's scope, without protected cases (counted in a header), audited, and safe to
 * open in a spreadsheet.
 */
@SafarIntegrationTest
class IndicatorRecordsTests {

  static final String PASSWORD = "safar-demo-2026";
  static final String DHAKA_ME = "mande.dhaka.records";
  static final String DHAKA_ME_PASSWORD = "a-long-password-for-records-tests";
  static final LocalDate START = LocalDate.of(2013, 1, 1);
  static final LocalDate END = LocalDate.of(2013, 12, 31);
  static final List<String> HEADER =
      List.of(
          "indicator",
          "on_date",
          "mrc",
          "country",
          "amount",
          "value",
          "sex",
          "age_band",
          "migrant_status",
          "channel",
          "topic");

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Indicators indicators;
  @Autowired IndicatorRecords records;
  @Autowired Clients clients;
  @Autowired CounsellingSessions sessions;
  @Autowired JdbcClient jdbc;

  ResultsFixture fixture;
  static boolean recorded;

  /**
   * In 2013 (no other test records sessions then): Dhaka, two clients with three sessions and a
   * protected client with two; Kabul, one client with two; one Dhaka session just before the year.
   */
  @BeforeEach
  void records() {
    fixture =
        new ResultsFixture(accounts, orgUnits, portfolio, frameworks, clients, sessions, jdbc);
    if (!recorded) {
      long dhaka = fixture.mrc("MRC-DHAKA");
      fixture.signInAs("counsellor.dhaka");
      fixture.clientWithSessions(
          dhaka,
          Sex.FEMALE,
          AgeBand.AGE_18_24,
          LocalDate.of(2013, 2, 3),
          LocalDate.of(2013, 5, 9),
          LocalDate.of(2012, 12, 31));
      fixture.clientWithSessions(dhaka, Sex.MALE, AgeBand.AGE_25_34, LocalDate.of(2013, 3, 1));
      long hidden =
          fixture.clientWithSessions(
              dhaka,
              Sex.FEMALE,
              AgeBand.UNDER_18,
              LocalDate.of(2013, 4, 4),
              LocalDate.of(2013, 6, 6));
      fixture.signInAs("counsellor.kabul");
      fixture.clientWithSessions(
          fixture.mrc("MRC-KABUL"),
          Sex.MALE,
          AgeBand.AGE_35_49,
          LocalDate.of(2013, 5, 1),
          LocalDate.of(2013, 8, 1));
      ResultsFixture.signOut();
      StaffClient desk = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
      String protect = "/counselling/clients/" + hidden + "/protect";
      HttpResponse<String> marked =
          desk.postRaw(
              protect,
              protect,
              "reason=TRAFFICKING&caseworkerId="
                  + account("caseworker.dhaka")
                  + "&supervisorId="
                  + account("supervisor.dhaka"));
      assertThat(marked.statusCode()).as(marked.body()).isEqualTo(302);
      fixture.signInAs("admin");
      accounts.createInitial(
          new AccountDraft(DHAKA_ME, "M&E Dhaka", null, EnumSet.of(Role.ME_OFFICER), Set.of(dhaka)),
          DHAKA_ME_PASSWORD);
      recorded = true;
    }
    fixture.signInAs("mande");
  }

  @AfterEach
  void signOut() {
    ResultsFixture.signOut();
  }

  long account(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  long sessionsIndicator(ResultsFramework f, String code) {
    Indicator i =
        ResultsFixture.indicator(
            f, fixture.output(f), "SESSIONS", Measure.COUNT, Filters.NONE, Filters.NONE);
    if (code != null) {
      i =
          new Indicator(
              null,
              i.frameworkId(),
              i.resultId(),
              code,
              i.title(),
              i.source(),
              i.measure(),
              i.unit(),
              i.ascending(),
              i.filters(),
              i.part(),
              i.before(),
              i.after(),
              i.distinctPersons(),
              i.dimensions(),
              null,
              null,
              0);
    }
    return frameworks.define(i);
  }

  record Csv(HttpResponse<byte[]> response, List<CSVRecord> rows) {
    long withheld() {
      return Long.parseLong(response.headers().firstValue("X-Safar-Withheld").orElseThrow());
    }

    long amounts() {
      return rows.stream().mapToLong(r -> Long.parseLong(r.get("amount"))).sum();
    }
  }

  static Csv csv(StaffClient who, String path) throws IOException {
    HttpResponse<byte[]> r = who.download(path);
    assertThat(r.statusCode()).as(new String(r.body(), UTF_8)).isEqualTo(200);
    String body = new String(r.body(), UTF_8);
    assertThat(body).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(body.substring(1)))
            .getRecords();
    return new Csv(r, rows);
  }

  @Test
  void theRowsAreTheRecordsTheIndicatorCountsWithoutProtectedCasesOrIdentities()
      throws IOException {
    ResultsFramework f = fixture.project(START, END);
    long id = sessionsIndicator(f, null);
    long total =
        indicators
            .values(id, IndicatorQuery.total())
            .total()
            .orElseThrow()
            .value()
            .longValueExact();

    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    Csv all = csv(mande, "/results/indicators/" + id + "/records.csv");
    assertThat(all.response().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/csv");
    assertThat(all.response().headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("records-2013-01-01-2013-12-31.csv");
    assertThat(all.response().headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(all.rows().get(0).getParser().getHeaderNames()).isEqualTo(HEADER);
    assertThat(all.withheld()).isEqualTo(2);
    assertThat(total).isEqualTo(7);
    assertThat(all.amounts() + all.withheld()).isEqualTo(total);
    assertThat(all.rows()).hasSize(5);
    assertThat(all.rows())
        .extracting(r -> r.get("on_date"))
        .doesNotContain("2013-04-04", "2013-06-06", "2012-12-31");
    assertThat(all.rows()).extracting(r -> r.get("mrc")).containsOnly("MRC-DHAKA", "MRC-KABUL");
    String body = new String(all.response().body(), UTF_8);
    assertThat(body).doesNotContain("Results test");
    assertThat(mande.get("/results/indicators/" + id).body())
        .contains("href=\"/results/indicators/" + id + "/records.csv\"")
        .contains("Records behind this figure");

    // a shorter period and a filter, as the indicator API takes them: still the engine's figure
    String query = "?from=2013-03-01&to=2013-06-30&sex=FEMALE";
    Csv part = csv(mande, "/results/indicators/" + id + "/records.csv" + query);
    long partTotal =
        indicators
            .values(
                id,
                new IndicatorQuery(
                    LocalDate.of(2013, 3, 1),
                    LocalDate.of(2013, 6, 30),
                    List.of(),
                    Filters.parse(List.of("SEX:FEMALE"), "filters")))
            .total()
            .orElseThrow()
            .value()
            .longValueExact();
    assertThat(part.rows()).extracting(r -> r.get("sex")).containsOnly("FEMALE");
    assertThat(part.withheld()).isEqualTo(2);
    assertThat(part.amounts() + part.withheld()).isEqualTo(partTotal).isEqualTo(3);
  }

  @Test
  void aReaderSeesOnlyRecordsInTheirOwnScope() throws IOException {
    long dhaka = fixture.mrc("MRC-DHAKA");
    ResultsFramework f = fixture.project(START, END, dhaka, List.of(orgUnits.network().id()));
    long id = sessionsIndicator(f, null);
    Csv everything = csv(StaffClient.signedIn(port, "mande", PASSWORD), path(id));
    assertThat(everything.rows()).extracting(r -> r.get("mrc")).contains("MRC-KABUL");

    StaffClient dhakaMe = StaffClient.signedIn(port, DHAKA_ME, DHAKA_ME_PASSWORD);
    Csv own = csv(dhakaMe, path(id));
    assertThat(own.rows()).isNotEmpty();
    assertThat(own.rows()).extracting(r -> r.get("mrc")).containsOnly("MRC-DHAKA");
    assertThat(own.rows()).hasSizeLessThan(everything.rows().size());

    // a project outside the reader's scope is refused, as its dashboard is
    long outside = sessionsIndicator(fixture.project(START, END), null);
    assertThat(dhakaMe.download(path(outside)).statusCode()).isEqualTo(403);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.download(path(id)).statusCode()).isEqualTo(403);
    assertThat(new StaffClient(port).download(path(id)).statusCode()).isNotEqualTo(200);
  }

  static String path(long id) {
    return "/results/indicators/" + id + "/records.csv";
  }

  @Test
  void everyExportIsAuditedWithItsPeriodAndRowCountAlsoOneBrokenOff() throws IOException {
    long id = sessionsIndicator(fixture.project(START, END), null);
    Csv done = csv(StaffClient.signedIn(port, "mande", PASSWORD), path(id));
    assertThat(audits(id))
        .containsExactly(
            "mande: records CSV "
                + code(id)
                + " 2013-01-01..2013-12-31; "
                + done.rows().size()
                + " rows; 2 withheld (protected)");

    // a reader who goes away after the first rows: what was written by then is audited
    assertThatThrownBy(() -> records.export(id, IndicatorQuery.total(), p -> new BreaksAfter(200)))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(audits(id)).hasSize(2);
    assertThat(audits(id).get(1)).startsWith("mande: records CSV ").endsWith("; broken off");
  }

  List<String> audits(long id) {
    return jdbc.sql(
            "select actor || ': ' || details from audit_event where action = 'EXPORTED'"
                + " and subject_type = 'indicator' and subject_id = ? order by id")
        .param(String.valueOf(id))
        .query(String.class)
        .list();
  }

  String code(long id) {
    return jdbc.sql("select code from indicator where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  /** A writer whose reader hangs up after {@code limit} characters. */
  static final class BreaksAfter extends Writer {
    private int left;

    BreaksAfter(int limit) {
      this.left = limit;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      left -= length;
      if (left < 0) {
        throw new IOException("Connection reset by peer");
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void aCellThatLooksLikeAFormulaIsDefused() throws IOException {
    String code = "=HYPERLINK(\"http://x\")" + System.nanoTime() % 1000;
    long id = sessionsIndicator(fixture.project(START, END), code);
    Csv csv = csv(StaffClient.signedIn(port, "mande", PASSWORD), path(id));
    assertThat(csv.rows()).isNotEmpty();
    assertThat(csv.rows()).extracting(r -> r.get("indicator")).containsOnly("'" + code);
  }

  @Test
  void whatTheRecordsCannotGiveIsSaidInPlainWords() {
    long id = sessionsIndicator(fixture.project(START, END), null);
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    HttpResponse<byte[]> unsupported = mande.download(path(id) + "?service=LEGAL");
    assertThat(unsupported.statusCode()).isEqualTo(400);
    assertThat(new String(unsupported.body(), UTF_8)).contains("service");
    HttpResponse<byte[]> badDay = mande.download(path(id) + "?from=yesterday");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(new String(badDay.body(), UTF_8)).contains("yesterday");
  }
}
